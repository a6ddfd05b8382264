package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.DecodeErrors;

class DropInspectorTest {

    private static final String RUSSIAN = """
            Вчера вечером городской совет собрался на внеочередное заседание, чтобы обсудить ремонт старого моста.
            Жители набережной давно жалуются на шум и пробки, которые возникают каждое утро.
            Депутаты решили выделить деньги из резервного фонда и начать работы уже весной.
            Подрядчик обещает закончить ремонт до конца лета, если погода не помешает.
            """;
    private static final String FRENCH = """
            Le conseil municipal s’est réuni hier soir pour débattre de la rénovation du vieux pont.
            « C’est une décision attendue depuis longtemps », a déclaré la maire — visiblement soulagée.
            Les travaux coûteront environ 2 millions d’euros € et devraient commencer au printemps.
            """;

    private final DropInspector inspector = new DropInspector(10_000);

    private DecodedDrop decoded(byte[] bytes) {
        return Inspections.decoded(inspector, bytes);
    }

    private Refusal refused(byte[] bytes) {
        return Inspections.refused(inspector, bytes);
    }

    @Test
    void windows_1251_russian_is_detected_and_decoded() {
        DecodedDrop drop = decoded(RUSSIAN.getBytes(Charset.forName("windows-1251")));
        assertThat(drop.charset()).isEqualTo("windows-1251");
        assertThat(drop.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void koi8_r_russian_is_detected_and_decoded() {
        DecodedDrop drop = decoded(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
        assertThat(drop.charset()).isEqualTo("KOI8-R");
        assertThat(drop.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void windows_1252_with_curly_quotes_and_euro_is_detected_and_decoded() {
        DecodedDrop drop = decoded(FRENCH.getBytes(Charset.forName("windows-1252")));
        assertThat(drop.charset()).isEqualTo("windows-1252");
        assertThat(drop.text()).isEqualTo(FRENCH);
    }

    @Test
    void utf8_with_bom_and_crlf_drops_the_bom_and_keeps_line_endings() {
        String text = RUSSIAN.replace("\n", "\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        DecodedDrop drop = decoded(bytes.toByteArray());
        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.text()).isEqualTo(text).doesNotStartWith("\ufeff");
        assertThat(drop.sha256()).isEqualTo(Hashes.sha256Hex(bytes.toByteArray()));
    }

    @Test
    void utf16_with_bom_is_decoded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(FRENCH.getBytes(StandardCharsets.UTF_16LE));
        DecodedDrop drop = decoded(bytes.toByteArray());
        assertThat(drop.charset()).isEqualTo("UTF-16LE");
        assertThat(drop.text()).isEqualTo(FRENCH);
    }

    @Test
    void plain_utf8_is_utf8() {
        DecodedDrop drop = decoded(RUSSIAN.getBytes(StandardCharsets.UTF_8));
        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.mediaType()).isEqualTo(MediaTypes.PLAIN);
    }

    @Test
    void html_declaring_its_charset_is_decoded_with_it_and_typed_html() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Мост</title></head>"
                + "<body><p>" + RUSSIAN + "</p></body></html>";
        DecodedDrop drop = decoded(html.getBytes(Charset.forName("windows-1251")));
        assertThat(drop.charset()).isEqualTo("windows-1251");
        assertThat(drop.mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(drop.text()).isEqualTo(html);
    }

    @Test
    void empty_file_is_refused() {
        Refusal refusal = refused(new byte[0]);
        assertThat(refusal.reason()).isEqualTo(FailureReason.EMPTY);
        assertThat(refusal.detectedType()).isEqualTo(DropInspector.EMPTY_TYPE);
    }

    @Test
    void a_lone_byte_order_mark_is_empty() {
        assertThat(refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).reason()).isEqualTo(FailureReason.EMPTY);
    }

    @Test
    void oversized_file_is_refused_with_the_limit_in_the_detail() {
        Refusal refusal = refused("a".repeat(10_001).getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal.reason()).isEqualTo(FailureReason.TOO_LARGE);
        assertThat(refusal.detail()).contains("10001").contains("10000");
        assertThat(refusal.detectedType()).isEqualTo(MediaTypes.PLAIN);
    }

    @Test
    void known_binary_signatures_are_refused_whatever_the_name() {
        assertThat(refused("%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)).detectedType())
                .isEqualTo("application/pdf");
        assertThat(refused(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).detectedType()).isEqualTo("application/zip");
        assertThat(refused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).reason())
                .isEqualTo(FailureReason.BINARY);
    }

    @Test
    void nul_bytes_or_many_control_bytes_make_content_binary() {
        byte[] withNul = "header\0\0\0body".getBytes(StandardCharsets.US_ASCII);
        Refusal nul = refused(withNul);
        assertThat(nul.reason()).isEqualTo(FailureReason.BINARY);
        assertThat(nul.detail()).contains("offset 6");

        byte[] noise = new byte[2000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 7 == 0 ? 0x03 : 'a' + i % 26);
        }
        assertThat(refused(noise).reason()).isEqualTo(FailureReason.BINARY);
    }

    @Test
    void utf8_text_with_a_broken_sequence_stays_utf8_with_the_damage_recorded() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Вчера ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(RUSSIAN.substring(6).getBytes(StandardCharsets.UTF_8));
        DecodedDrop drop = decoded(bytes.toByteArray());
        assertThat(drop.charset()).isEqualTo("UTF-8");
        assertThat(drop.text()).isEqualTo("Вчера \uFFFD" + RUSSIAN.substring(6));
        assertThat(drop.decodeErrors()).isEqualTo(new DecodeErrors(1, 11));
    }

    @Test
    void a_short_utf8_text_with_one_broken_sequence_is_over_the_bound_and_refused_with_its_offset() {
        byte[] broken = "Мост закрыт на ремонт.".getBytes(StandardCharsets.UTF_8);
        broken[7] = (byte) 0xC0;
        Refusal refusal = refused(broken);
        assertThat(refusal.reason()).isEqualTo(FailureReason.INVALID_BYTE_SEQUENCE);
        assertThat(refusal.detail()).contains("2 invalid byte sequences").contains("offset 6");
    }

    @Test
    void invalid_bytes_after_a_utf16_byte_order_mark_are_refused() {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 'a'};
        assertThat(refused(bytes).reason()).isEqualTo(FailureReason.INVALID_BYTE_SEQUENCE);
    }
}
