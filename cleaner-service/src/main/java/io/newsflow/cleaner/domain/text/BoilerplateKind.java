package io.newsflow.cleaner.domain.text;

import java.util.regex.Pattern;

/**
 * The kinds of page chrome found in text scraped from a web page, each with the kebab-case reason recorded on the
 * removed block and its keyword lexicon (English, German, French, Spanish, some Italian and Russian).
 * <p>
 * A <em>strong</em> pattern decides on its own. A <em>weak</em> pattern (a button label such as "Accept", "Monthly" or
 * "Print") only counts beside a strong line of the same kind, so the same word inside an article is left alone.
 */
enum BoilerplateKind {

    UI_SYMBOL("ui-symbol", null, null),

    NAVIGATION("navigation",
            any(lineRegex("top of page|bottom of page|skip to (?:the )?(?:main )?(?:content|navigation)"
                    + "|jump to (?:main )?content"
                    + "|back to top|go to top|to top|main menu|(?:open|close|toggle) (?:menu|navigation)|menu|menü"
                    + "|navigation|search|suche|home|startseite|zum inhalt springen|zum hauptinhalt(?: springen)?"
                    + "|nach oben|aller au contenu|retour en haut|ir al contenido|volver arriba"
                    + "|previous(?: article| post)?"
                    + "|next(?: article| post)?|vorheriger artikel|nächster artikel|you are here|sie sind hier"
                    + "|log ?in|sign in|anmelden|registrieren|register|перейти к содержанию|наверх")
                    + "|^(?:home|startseite|accueil|inicio|главная)\\s*[>/»›|]"),
            null),

    COOKIE_NOTICE("cookie-notice",
            any("\\bcookies?\\b.{0,80}\\b(?:use|uses|using|accept|consent|settings|policy|store|stored|browser|website"
                    + "|verwende\\w*|nutz\\w*|akzept\\w*|einstellungen|zustimm\\w*|utilis\\w*|usamos|utiliza\\w*)"
                    + "|\\b(?:use|uses|using|accept|verwende\\w*|utilis\\w*|usamos|utiliza\\w*)\\b.{0,60}\\bcookies?\\b"
                    + "|we value your privacy|manage (?:consent|cookies)|privacy settings|datenschutzeinstellungen"
                    + "|accept all|reject all|alle akzeptieren|alle ablehnen|tout accepter|tout refuser|aceptar todo"
                    + "|rechazar todo"),
            line("accept|decline|reject|ok|okay|got it|agree|i agree|allow|settings|more info|einverstanden"
                    + "|akzeptieren|ablehnen|einstellungen|zustimmen|accepter|refuser|aceptar|rechazar|согласен")),

    DONATION_APPEAL("donation-appeal",
            any("\\bsupport us\\b|\\bsupport (?:our|independent) (?:work|journalism|reporting|newsroom|mission)"
                    + "|\\byour support\\b|\\bdonate (?:now|today|here|to us|to our)\\b|\\b(?:make a|your) donation\\b"
                    + "|\\bplease donate\\b|\\bmake a (?:one-time )?contribution"
                    + "|\\bevery contribution\\b|\\bcontribute (?:now|today)\\b|\\bad-free\\b"
                    + "|\\bdisabled (?:all )?ads\\b"
                    + "|\\bad ?blocker\\b|\\bbecome a (?:member|patron|supporter|donor)\\b|\\bpatreon\\b"
                    + "|\\bwe need your (?:help|support)\\b|\\bpa[iy]+e?ments? methods?\\b|\\bremind me later\\b"
                    + "|\\bnot ready to (?:support|donate|give)\\b|\\bjetzt spenden\\b|\\bspenden sie\\b"
                    + "|\\bunterstützen sie (?:uns|unsere)\\b|\\bunterstütze uns\\b|\\bsoutenez(?:-nous)?\\b"
                    + "|\\bfai(?:re|tes) un don\\b|\\bapóyanos\\b|\\bhaz una donación\\b|\\bdona ora\\b"
                    + "|\\bподдержите\\b|\\bsupport (?:the|this) (?:site|newsletter|project)\\b"),
            line("once|one-time|one time|monthly|annual|annually|yearly|continue|other amount|einmalig|monatlich"
                    + "|jährlich|weiter|une fois|mensuel|annuel|una vez|mensual|anual|\\$?\\d+[$€£]?(?: ?/ ?month)?")),

    SUBSCRIPTION_APPEAL("subscription-appeal",
            any("\\bsubscribe (?:to|for) (?:our|the) newsletter|\\bsign up (?:for|to) (?:our|the) newsletter"
                    + "|\\bnewsletter abonnieren\\b|\\bjetzt abonnieren\\b|\\bsubscribe now\\b"
                    + "|\\balready a subscriber\\b"
                    + "|\\bsubscribers only\\b|\\bcreate a free account\\b|\\babonnez-vous\\b|\\bsuscr[ií]bete\\b"
                    + "|\\bget (?:the latest|our) (?:news|stories|headlines) (?:delivered|in your inbox)"
                    + "|\\benter your e-?mail(?: address)?\\b|\\bjetzt (?:kostenlos )?registrieren\\b|^subscribe$"
                    + "|^newsletter$"),
            line("sign up|subscribe|abonnieren|e-?mail address|your e-?mail|s'abonner|suscribirse")),

    COMMENT_FORM("comment-form",
            any("\\bleave a (?:reply|comment)\\b|\\bpost a comment\\b|\\badd a comment\\b"
                    + "|\\byour e-?mail address will not be published|\\brequired fields are marked"
                    + "|\\bakismet\\b|\\breduce spam\\b|\\bcomment data is processed|\\bsave my name,? e-?mail"
                    + "|\\bnotify me of (?:new|follow-up) (?:comments|posts)|\\bcancel reply\\b"
                    + "|\\bmust be logged in to (?:post|leave) a comment|\\bcomments are closed\\b"
                    + "|\\bkommentar (?:schreiben|verfassen|hinterlassen|abschicken)\\b|\\bantworten abbrechen\\b"
                    + "|\\b(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|\\blaisser un commentaire\\b"
                    + "|\\bvotre adresse e-?mail ne sera pas publiée|\\bdeja una respuesta\\b"
                    + "|\\btu dirección de correo electrónico no será publicada|\\bоставить комментарий\\b"
                    + "|^\\d+ (?:comments?|kommentare?|commentaires?|comentarios?)$"
                    + "|^\\S+(?: \\S+){0,3} (?:says|sagt|dit|dice|schreibt|wrote):?$"),
            line("name ?\\*?|e-?mail ?\\*?|website|comment ?\\*?|post comment|submit comment|submit|reply|antworten"
                    + "|kommentar|répondre|responder|\\d+ (?:comments?|kommentare?)")),

    SHARE_BAR("share-bar", null, null),

    RELATED_LINKS("related-links",
            any("^(?:read more|read also|also read|related|related (?:articles|stories|posts|content|news)|more stories"
                    + "|more from(?: \\S+){1,5}|more on this(?: story| topic)?|see also"
                    + "|you (?:may|might) also (?:like|be interested in)"
                    + "|recommended(?: for you)?|most read|most popular|trending(?: now)?|weiterlesen"
                    + "|mehr (?:zum thema|dazu)"
                    + "|auch interessant|das könnte sie auch interessieren|lesen sie auch|lesen sie mehr"
                    + "|(?:à )?lire aussi"
                    + "|voir aussi|leer más|lee también|te puede interesar|leggi anche|читайте также|по теме)"
                    + "(?:\\s*[:»›>|–-].{0,160})?[\\s.:!?…»›>]*$"),
            null),

    COPYRIGHT("copyright",
            any("©|\\(c\\) ?(?:19|20)\\d\\d|\\bcopyright\\b|\\ball rights reserved\\b|\\balle rechte vorbehalten\\b"
                    + "|\\btous droits réservés\\b|\\btodos los derechos reservados\\b|\\btutti i diritti riservati\\b"
                    + "|\\bвсе права защищены\\b"),
            null),

    IMAGE_CAPTION("image-caption",
            any("\\b(?:photo|photograph|picture|image|foto|bild|fotografía|imagen)(?: ?credits?)?\\s*:\\s*\\S"
                    + "|\\b(?:credits?|crédits?(?: photo)?|crédito|quelle|bildquelle|fotoquelle)\\s*:\\s*\\S"
                    + "|\\(\\s*cc[ -]by[^)]*\\)|\\bcc[ -]by(?:-(?:sa|nd|nc))*\\s*\\d\\.\\d"
                    + "|(?:/|\\bvia\\b|\\bby\\b)\\s*(?:getty images|reuters|afp|ap photo|dpa|shutterstock|imago|epa"
                    + "|wikimedia commons|unsplash|flickr|istock(?:photo)?)\\W*$"
                    + "|\\((?:photo|foto|image|picture)s? (?:by|von|de|:)[^)]*\\)"
                    + "|^(?:photo|foto|bild|image)s? (?:by|von|de)\\s"
                    + "|\\bcourtesy of\\b|\\bfile photo\\b"),
            null),

    ADVERTISEMENT("advertisement",
            line("advertisement|advertising|ad|anzeige|werbung|publicité|publicidad|pubblicità|sponsored"
                    + "|sponsored content|реклама"),
            null),

    TAGS("tags",
            any("^(?:tags|tagged|schlagwörter|schlagworte|themen|topics|categories|kategorien|catégories|etiquetas"
                    + "|mots-clés|filed under)\\s*:"),
            null),

    LINK_LIST("link-list", null, null),

    BYLINE("byline", null, null),

    DUPLICATE_TITLE("duplicate-title", null, null),

    DUPLICATE_LINE("duplicate-line", null, null);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final String reason;
    final Pattern strong;
    final Pattern weak;

    BoilerplateKind(String reason, Pattern strong, Pattern weak) {
        this.reason = reason;
        this.strong = strong;
        this.weak = weak;
    }

    /** The lexicon entry must be the whole line (trailing punctuation ignored). */
    private static Pattern line(String alternatives) {
        return Pattern.compile(lineRegex(alternatives), FLAGS);
    }

    private static String lineRegex(String alternatives) {
        return "^(?:" + alternatives + ")[\\s.:!?…*»›>|-]*$";
    }

    private static Pattern any(String alternatives) {
        return Pattern.compile(alternatives, FLAGS);
    }
}
