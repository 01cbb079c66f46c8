package dev.hallq.kiosk.idcard;

import dev.hallq.kiosk.CitizenCard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The 256-byte text of an ID card, parsed ({@link #parse}). Personal data: {@link #toString()} and those of its
 * parts print only masked forms.
 *
 * @param type     which card, and so which layout the text had
 * @param holder   who the card belongs to
 * @param document the card itself: its number, who issued it and how long it is valid
 */
public record IdCardText(CardType type, Holder holder, Document document) {

    /** The 256 bytes of UCS-2LE text the security module returns. */
    public static final int LENGTH = 256;

    public IdCardText {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(document, "document");
    }

    /**
     * The card holder.
     *
     * @param name        the Chinese name; on a foreign card without one, empty
     * @param englishName the English name of a foreign card; empty on the others
     * @param nation      the nation (民族) of a resident card; null on the others
     * @param nationality ISO 3166-1 alpha-3 country of a foreign card (e.g. {@code USA}); empty on the others
     * @param address     the address of a resident card or residence permit; empty on foreign cards
     */
    public record Holder(String name, String englishName, Gender gender, Nation nation, String nationality,
                         LocalDate birthDate, String address) {
        public Holder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(englishName, "englishName");
            Objects.requireNonNull(gender, "gender");
            Objects.requireNonNull(nationality, "nationality");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(address, "address");
        }

        /** The Chinese name, or the English one where the card has no Chinese name. */
        public String displayName() {
            return name.isEmpty() ? englishName : name;
        }

        @Override
        public String toString() {
            return "Holder[name=" + Masks.name(displayName()) + ", gender=" + gender
                    + (nation == null ? "" : ", nation=" + nation.chinese())
                    + (nationality.isEmpty() ? "" : ", nationality=" + nationality) + "]";
        }
    }

    /**
     * The card.
     *
     * @param idNumber   公民身份号码, or the foreign card's permanent-residence number
     * @param authority  签发机关; on the 2017 foreign card the 4-character code of the accepting office; empty on
     *                   the 2023 foreign card
     * @param validUntil the last day of validity; null for a card valid for ever (长期)
     * @param passNumber the HK/Macau/Taiwan permit's 通行证号码; empty on the other cards
     * @param issueCount the permit's 签发次数 or the 2023 foreign card's 换证次数 (two digits); empty on the others
     */
    public record Document(String idNumber, String authority, LocalDate validFrom, LocalDate validUntil,
                           String passNumber, String issueCount) {
        public Document {
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(passNumber, "passNumber");
            Objects.requireNonNull(issueCount, "issueCount");
        }

        /** 长期: the card never expires. */
        public boolean longTerm() {
            return validUntil == null;
        }

        /** Valid on {@code day}. */
        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }

        @Override
        public String toString() {
            return "Document[id=" + Masks.id(idNumber) + ", validUntil=" + (validUntil == null ? "长期" : validUntil)
                    + "]";
        }
    }

    /** Parses the text the security module read; throws when any field fails its checks. */
    public static IdCardText parse(byte[] text) throws CardTextException {
        return IdCardTextParser.parse(text);
    }

    /** What the kiosk needs: name (Chinese, else English), number and birth date. */
    public CitizenCard toCitizenCard() {
        return new CitizenCard(holder.displayName(), document.idNumber, holder.birthDate);
    }

    @Override
    public String toString() {
        return "IdCardText[" + type + ", name=" + Masks.name(holder.displayName()) + ", id="
                + Masks.id(document.idNumber) + "]";
    }
}
