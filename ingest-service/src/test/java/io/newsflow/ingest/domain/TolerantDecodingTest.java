package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.DecodeErrors;

/** Real pages with a stray bad byte or NUL are decoded with U+FFFD and the damage recorded; heavy damage is refused. */
class TolerantDecodingTest {

    private static final String PARAGRAPH = "<p>The council met on Tuesday — for the third time this year — to "
            + "discuss the bridge’s repair. «Мост закроют на ремонт до весны», сказал мэр. Traffic will use the "
            + "ferry until then.</p>\n";

    private final DropInspector inspector = new DropInspector(1_000_000);

    /** An HTML page of about {@code size} bytes, with no charset declared. */
    private static String page(int size) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Bridge closed — Мост</title>"
                + "</head><body>\n");
        while (html.toString().getBytes(StandardCharsets.UTF_8).length < size) {
            html.append(PARAGRAPH);
        }
        return html.append("</body></html>\n").toString();
    }

    /** The UTF-8 bytes of {@code parts}, with {@code damage[i]} written between part i and part i+1. */
    private static byte[] joined(String[] parts, byte[]... damage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < damage.length) {
                out.writeBytes(damage[i]);
            }
        }
        return out.toByteArray();
    }

    /** {@code text} cut before the paragraphs that start at or after the given byte offsets. */
    private static String[] cutAtParagraphs(String text, int... byteOffsets) {
        String[] parts = new String[byteOffsets.length + 1];
        int from = 0;
        for (int i = 0; i < byteOffsets.length; i++) {
            int cut = from;
            while (text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length < byteOffsets[i]) {
                cut = text.indexOf("<p>", cut + 1);
            }
            parts[i] = text.substring(from, cut);
            from = cut;
        }
        parts[byteOffsets.length] = text.substring(from);
        return parts;
    }

    private DecodedDrop decoded(byte[] bytes) {
        return Inspections.decoded(inspector, bytes);
    }

    private Refusal refused(byte[] bytes) {
        return Inspections.refused(inspector, bytes);
    }

    @Test
    void a_50_kB_utf8_page_with_3_invalid_sequences_is_utf8_with_them_replaced_and_recorded() {
        String[] parts = cutAtParagraphs(page(50_000), 10_000, 20_000, 40_000);
        byte[] bytes = joined(parts, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0x80});
        int firstOffset = parts[0].getBytes(StandardCharsets.UTF_8).length;

        DecodedDrop drop = decoded(bytes);

        assertThat(bytes.length).isGreaterThan(50_000);
        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(drop.decodeErrors()).isEqualTo(new DecodeErrors(3, firstOffset));
        assertThat(drop.text()).isEqualTo(String.join("\uFFFD", parts));
        assertThat(drop.sha256()).isEqualTo(Hashes.sha256Hex(bytes));
    }

    @Test
    void an_html_page_with_one_nul_byte_is_accepted_with_the_nul_replaced() {
        String[] parts = cutAtParagraphs(page(50_000), 34_000);
        byte[] bytes = joined(parts, new byte[] {0});

        DecodedDrop drop = decoded(bytes);

        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(drop.decodeErrors())
                .isEqualTo(new DecodeErrors(1, parts[0].getBytes(StandardCharsets.UTF_8).length));
        assertThat(drop.text()).isEqualTo(parts[0] + "\uFFFD" + parts[1]).doesNotContain("\0");
    }

    @Test
    void a_single_nul_never_refuses_even_a_short_text() {
        DecodedDrop drop = decoded("Harbour\0 closed.".getBytes(StandardCharsets.US_ASCII));
        assertThat(drop.text()).isEqualTo("Harbour\uFFFD closed.");
        assertThat(drop.decodeErrors()).isEqualTo(new DecodeErrors(1, 7));
    }

    @Test
    void a_page_that_decodes_cleanly_records_no_decode_errors() {
        assertThat(decoded(page(5_000).getBytes(StandardCharsets.UTF_8)).decodeErrors()).isNull();
    }

    @Test
    void utf8_text_with_two_bad_bytes_stays_utf8_and_keeps_its_title_and_first_line() {
        String title = "Café Zürich reopens after the flood\n";
        String firstLine = "The café on the lake shore opened its doors again on Monday morning.\n";
        String body = "Its owners spent the winter drying the cellar and replacing the floor of the terrace.\n"
                .repeat(20);
        byte[] bytes = joined(new String[] {title + firstLine + body.substring(0, 700), body.substring(700), "Fin.\n"},
                new byte[] {(byte) 0xC0}, new byte[] {(byte) 0xFF});

        DecodedDrop drop = decoded(bytes);

        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.text()).startsWith(title + firstLine);
        assertThat(drop.decodeErrors().count()).isEqualTo(2);
        assertThat(drop.decodeErrors().firstOffset())
                .isEqualTo((title + firstLine + body.substring(0, 700)).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void damaged_utf8_after_a_byte_order_mark_is_decoded_with_replacement_too() {
        byte[] text = joined(new String[] {page(3_000), "end"}, new byte[] {(byte) 0xFF});
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        DecodedDrop drop = decoded(bytes);

        assertThat(drop.decodeErrors())
                .isEqualTo(new DecodeErrors(1, 3 + page(3_000).getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void text_damaged_beyond_the_bound_is_refused_with_the_count_in_the_message() {
        String[] parts = new String[25];
        byte[][] damage = new byte[24][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = "Мост закрыт. ";
        }
        for (int i = 0; i < damage.length; i++) {
            damage[i] = new byte[] {(byte) 0xFF};
        }
        byte[] bytes = joined(parts, damage);

        Refusal refusal = refused(bytes);

        assertThat(24.0 / bytes.length).isGreaterThan(DropInspector.MAX_DECODE_ERROR_SHARE);
        assertThat(refusal.reason()).isEqualTo(FailureReason.INVALID_BYTE_SEQUENCE);
        assertThat(refusal.detail()).contains("24 invalid byte sequences").contains("offset 23")
                .contains(bytes.length + " bytes");
    }

    @Test
    void known_binary_formats_are_refused_even_when_the_rest_looks_like_text() {
        byte[] text = page(2_000).getBytes(StandardCharsets.UTF_8);
        assertThat(refused(withPrefix(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, text))
                .detectedType()).isEqualTo("image/png");
        assertThat(refused(withPrefix(new byte[] {'P', 'K', 3, 4}, text)).detectedType()).isEqualTo("application/zip");
        Refusal pdf = refused(withPrefix("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), text));
        assertThat(pdf.reason()).isEqualTo(FailureReason.BINARY);
        assertThat(pdf.detail()).contains("application/pdf");
    }

    @Test
    void content_of_mostly_control_bytes_is_refused_as_binary_with_the_share_in_the_message() {
        byte[] bytes = new byte[4_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : i % 7);
        }
        Refusal refusal = refused(bytes);
        assertThat(refusal.reason()).isEqualTo(FailureReason.BINARY);
        assertThat(refusal.detectedType()).isEqualTo(DropInspector.OCTET_STREAM);
        assertThat(refusal.detail()).contains("control bytes").contains("offset 1");
    }

    @Test
    void a_few_control_bytes_in_a_text_are_kept_and_not_counted_as_damage() {
        String text = "Line one\u0001 and a bell\u0007 in a plain text\n" + "that is otherwise fine.\n".repeat(5);
        DecodedDrop drop = decoded(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(drop.text()).isEqualTo(text);
        assertThat(drop.decodeErrors()).isNull();
    }

    @Test
    void a_nul_in_utf16_after_its_byte_order_mark_is_replaced_at_its_code_unit() {
        String text = "Harbour closed for repairs until spring. ".repeat(5);
        byte[] utf16 = (text + "\0" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16);

        DecodedDrop drop = decoded(bytes);

        assertThat(drop.charset()).isEqualTo("UTF-16LE");
        assertThat(drop.text()).isEqualTo(text + "\uFFFD" + text);
        assertThat(drop.decodeErrors()).isEqualTo(new DecodeErrors(1, 2 + 2L * text.length()));
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] bytes = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(rest, 0, bytes, prefix.length, rest.length);
        return bytes;
    }
}
