package io.newsflow.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orthographic skeleton of one folded name token, equal for the usual spelling variants of a name: English, German
 * and Polish renderings of East-Slavic names (ou/ow/ov/w/v, ks/x, kh/h, tz/ts/c, tsch/ch, schtsch/shch,
 * i/y/j/ij/iy/ii, ei/ey, ie/ye,
 * -sky/-ski/-skiy, doubled letters, cz/ch) and British/US spelling (centre/center, labour/labor).
 * The rules only ever merge spellings, so two different names may rarely collide; the key of a person adds the
 * given name when an article shows such a collision.
 */
final class NameSkeleton {

    /**
     * Common East-Slavic given names and their Russian, Ukrainian, Belarusian and English renderings: a generic
     * linguistic resource (like a stemmer's table), so that Oleksandr = Aleksandr = Alexander.
     */
    private static final List<String> GIVEN_NAME_GROUPS = List.of(
            "alexander aleksandr oleksandr aliaksandr alyaksandr alexandr olexandr aleksander sasha",
            "alexei alexey aleksei aleksey oleksiy oleksii olexiy aliaksei alyaksei alexiy",
            "sergei sergey serhiy serhii siarhei syarhey sergiy",
            "dmitry dmitri dmitriy dmytro dzmitry dzmitryi",
            "vladimir volodymyr uladzimir wladimir vladimer",
            "nikolai nikolay mykola mikalai mikola nicholas",
            "mikhail mykhailo mikhal mikhailo michail mihail",
            "yuri yury yuriy yurii iouri jurij",
            "andrei andrey andriy andrii andrej andrzej",
            "pavel pavlo paval",
            "grigory grigoriy hryhoriy hryhorii ryhor",
            "vasily vasiliy vasyl vasil",
            "pyotr petr petro piotr pyatro",
            "yevgeny evgeny yevgeniy yevhen yauhen evgenij eugene",
            "anatoly anatoliy anatolii anatol",
            "konstantin kostiantyn kanstantsin kastus konstanty",
            "maxim maksim maksym",
            "ilya illia ilia illya",
            "oleg oleh aleh",
            "igor ihor ihar",
            "viktor victor",
            "valery valeriy valerii valeryi",
            "vyacheslav viacheslav vyachaslau",
            "stanislav stanislau stanislaw",
            "svetlana sviatlana svitlana",
            "tatiana tatyana tetiana tatsiana",
            "olga olha volha",
            "natalia natalya nataliya natallia",
            "yelena elena olena alena helena",
            "irina iryna",
            "maria mariya maryia",
            "yekaterina ekaterina kateryna katsiaryna",
            "yulia yuliya iuliia julia",
            "anastasia anastasiya anastasiia nastassia");

    private static final Map<String, String> GIVEN_NAMES = new HashMap<>();

    static {
        for (String group : GIVEN_NAME_GROUPS) {
            String[] names = group.split(" ");
            String canonical = of(names[0]);
            for (String name : names) {
                GIVEN_NAMES.put(of(name), canonical);
            }
        }
    }

    private NameSkeleton() {
    }

    /** Skeleton of a folded token (lower-case ASCII letters and digits). */
    static String of(String folded) {
        String s = folded;
        if (s.length() > 4 && s.endsWith("our")) {
            s = s.substring(0, s.length() - 3) + "or";
        }
        if (s.length() > 4 && s.endsWith("tre")) {
            s = s.substring(0, s.length() - 3) + "ter";
        }
        // digraphs first, as upper-case placeholders so later single-letter rules leave them alone
        s = s.replace("schtsch", "SC").replace("shch", "SC").replace("tsch", "C").replace("sch", "S")
                .replace("cz", "C").replace("ch", "C")
                .replace("sz", "S").replace("sh", "S").replace("zh", "Z").replace("kh", "h").replace("ph", "f")
                .replace("th", "t").replace("tz", "ts").replace("x", "ks").replace("ck", "k").replace("q", "k");
        s = s.replaceAll("c(?=[eiy])", "ts").replace('c', 'k');
        s = s.replace('j', 'i').replace('y', 'i').replace('w', 'v');
        s = s.replaceAll("ou(?=[^aeiou]|$)", "ov");
        s = s.replace("ie", "e");
        if (s.length() > 3 && s.endsWith("ei")) {
            s = s.substring(0, s.length() - 2) + "i";
        }
        s = collapseDoubles(s);
        return s.replace("S", "sh").replace("C", "ch").replace("Z", "zh");
    }

    /** The shared skeleton of a given name's group, or null when the token is not a known given name. */
    static String givenName(String skeleton) {
        return GIVEN_NAMES.get(skeleton);
    }

    /**
     * How a given name enters a person's key: its group's shared skeleton when it is a known given name, and in any
     * case without the vowels after its first letter, where transliterations of one given name differ most
     * (Mohammed = Muhammad = Mohamed, Yuliya = Yulia) while different names keep different consonants
     * (David, Noam, Leonard; Tim, James). A leading vowel stays: Ian and Anna are two names; so does a final -a.
     */
    static String givenKey(String skeleton) {
        String group = GIVEN_NAMES.get(skeleton);
        String name = group != null ? group : skeleton;
        if (name.length() <= 1) {
            return name;
        }
        // a final -a stays: it tells Alexandra from Alexander, Marina from Miron, Dobromyra from Dobromyr
        String feminine = name.endsWith("a") ? "a" : "";
        return collapseDoubles(name.charAt(0) + name.substring(1).replaceAll("[aeiou]", "")) + feminine;
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
