package dev.hallq.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RendererRobustnessTest {
    private final EscPosImageRenderer renderer = new EscPosImageRenderer(EscPosImageRenderer.DOTS_58MM);

    private static byte[] sampleTicket() {
        return new EscPosBuilder().init().chineseMode(true).align(Align.CENTER).bold(true).size(2, 2)
                .text("市民中心").newline().size(3, 3).text("B017").newline().size(1, 1).bold(false)
                .text("您前面还有 4 人等候").newline().qr("B017", 4, QrErrorLevel.M).feed(3).cut().bytes();
    }

    @Test
    void seededRandomGarbageNeverThrowsAndYieldsAPaperWideImage() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 300; i++) {
            byte[] garbage = new byte[random.nextInt(4096)];
            random.nextBytes(garbage);
            assertThatCode(() -> interpretWithoutSafetyNet(garbage)).as("seeded input %d", i).doesNotThrowAnyException();
            assertThat(renderer.render(garbage).getWidth()).isEqualTo(384);
        }
    }

    @Test
    void garbageBuiltFromCommandPrefixesNeverThrows() {
        Random random = new Random(7L);
        byte[] alphabet = {0x1B, 0x1D, 0x1C, 0x10, 0x0A, '(', 'k', 'V', '!', 'a', 'd', '@', 0x31, 0x50, 0x51, 0, (byte) 0xFF, (byte) 0xD6};
        for (int i = 0; i < 300; i++) {
            byte[] stream = new byte[random.nextInt(2048)];
            for (int j = 0; j < stream.length; j++) {
                stream[j] = alphabet[random.nextInt(alphabet.length)];
            }
            assertThatCode(() -> interpretWithoutSafetyNet(stream)).as("seeded input %d", i).doesNotThrowAnyException();
        }
    }

    @Test
    void everyTruncationOfATicketRendersWithoutThrowing() {
        byte[] ticket = sampleTicket();
        for (int length = 0; length <= ticket.length; length++) {
            byte[] prefix = Arrays.copyOf(ticket, length);
            assertThatCode(() -> interpretWithoutSafetyNet(prefix)).as("first %d bytes", length).doesNotThrowAnyException();
        }
        assertThat(renderer.renderReceipt(ticket).cutRows()).hasSize(1);
        assertThat(renderer.renderReceipt(Arrays.copyOf(ticket, ticket.length - 1)).cutRows()).isEmpty();
    }

    @Test
    void truncatedStreamStillShowsTheTextBeforeTheCut() {
        byte[] ticket = sampleTicket();
        int qrStart = indexOf(ticket, new byte[] {0x1D, '(', 'k'});
        BufferedImage image = renderer.render(Arrays.copyOf(ticket, qrStart + 20));
        assertThat(InkProbe.inkIn(image, 0, 0, 384, 48)).isPositive();
        assertThat(InkProbe.decodeQr(image)).isEmpty();
    }

    @Test
    void endlessFeedsStopAtTheLengthLimitAndSayTheReceiptIsTruncated() {
        byte[] feeds = new byte[3 * 2000];
        for (int i = 0; i < feeds.length; i += 3) {
            feeds[i] = 0x1B;
            feeds[i + 1] = 'd';
            feeds[i + 2] = (byte) 255;
        }
        RenderedReceipt receipt = renderer.renderReceipt(feeds);
        assertThat(receipt.truncated()).isTrue();
        assertThat(receipt.image().getHeight()).isLessThanOrEqualTo(ReceiptCanvas.MAX_HEIGHT);
    }

    /** The interpreter alone: the renderer's last-resort catch must not be what keeps these tests green. */
    private static void interpretWithoutSafetyNet(byte[] stream) {
        ReceiptCanvas canvas = new ReceiptCanvas(EscPosImageRenderer.DOTS_58MM);
        new EscPosInterpreter(stream, canvas).run();
        canvas.finish();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
