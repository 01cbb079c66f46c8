package dev.hallq.agent.cards;

import dev.hallq.agent.testing.VirtualCard;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A card channel straight into a virtual card's applet, without pcscd: for unit tests of what a reading
 * makes of the card's answers. Like the JDK it resends with the right Le after {@code 6C xx} and fetches
 * {@code 61 xx} with GET RESPONSE.
 */
final class AppletChannel extends CardChannel {
    private final VirtualCard.Applet applet;
    private final List<String> commands = new ArrayList<>();

    AppletChannel(VirtualCard.Applet applet) {
        this.applet = applet;
    }

    List<String> commands() {
        return commands;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) {
        ResponseAPDU answer = send(command.getBytes());
        if (answer.getSW1() == 0x6C) {
            answer = send(new CommandAPDU(command.getCLA(), command.getINS(), command.getP1(), command.getP2(),
                    answer.getSW2() == 0 ? 256 : answer.getSW2()).getBytes());
        }
        if (answer.getSW1() == 0x61) {
            answer = send(new CommandAPDU(0x00, 0xC0, 0x00, 0x00, answer.getSW2() == 0 ? 256 : answer.getSW2()).getBytes());
        }
        return answer;
    }

    private ResponseAPDU send(byte[] command) {
        commands.add(HexFormat.of().withUpperCase().formatHex(command));
        return new ResponseAPDU(applet.answer(command));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Card getCard() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getChannelNumber() {
        return 0;
    }

    @Override
    public void close() {
        // the basic channel stays open
    }
}
