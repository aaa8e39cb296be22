package com.cacfiling.domain.identifiers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Property tests (QuickTheories): valid values are accepted, and a mutated valid value is rejected, for every
 * value object.
 */
class ValueObjectPropertiesTest {

    static Gen<String> charsFrom(String alphabet, int length) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSize(length)
                .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
                        .collect(Collectors.joining()));
    }

    static Gen<String> digits(int length) {
        return charsFrom("0123456789", length);
    }

    // --- unified social credit code --------------------------------------------------------------------------

    static Gen<String> creditCodes() {
        return charsFrom(UnifiedSocialCreditCode.ALPHABET, 17)
                .map(first -> first + UnifiedSocialCreditCode.checkCharacter(first));
    }

    @Test
    void validCreditCodesAreAccepted() {
        qt().forAll(creditCodes()).checkAssert(code -> {
            assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
            assertThat(new UnifiedSocialCreditCode(" " + code.toLowerCase() + " ").value()).isEqualTo(code);
        });
    }

    @Test
    void aCreditCodeWithOneCharacterChangedIsRejected() {
        String alphabet = UnifiedSocialCreditCode.ALPHABET;
        qt().forAll(creditCodes(), integers().between(0, 17), integers().between(1, 30))
                .checkAssert((code, position, shift) -> {
                    char replaced = alphabet.charAt((alphabet.indexOf(code.charAt(position)) + shift) % 31);
                    String mutated = code.substring(0, position) + replaced + code.substring(position + 1);
                    assertThatThrownBy(() -> new UnifiedSocialCreditCode(mutated))
                            .isInstanceOf(InvalidValueException.class);
                });
    }

    @Test
    void aRealCreditCodeIsAccepted() {
        // Published code of Tencent Technology (Shenzhen) Co., Ltd.
        assertThat(UnifiedSocialCreditCode.isValid("9144030071526726XG")).isTrue();
    }

    // --- resident ID number ----------------------------------------------------------------------------------

    static Gen<String> residentIds() {
        Gen<String> birth = integers().between(0, 365 * 90)
                .map(days -> LocalDate.of(1930, 1, 1).plusDays(days).format(DateTimeFormatter.BASIC_ISO_DATE));
        return digits(6).zip(birth, digits(3), (region, date, sequence) -> region + date + sequence)
                .map(first -> first + ResidentIdNumber.checkCharacter(first));
    }

    @Test
    void validResidentIdsAreAcceptedAndMasked() {
        qt().forAll(residentIds()).checkAssert(id -> {
            ResidentIdNumber number = new ResidentIdNumber(id);
            assertThat(number.masked()).startsWith(id.substring(0, 6)).endsWith(id.substring(14)).contains("********");
            assertThat(number.toString()).doesNotContain(id.substring(6, 14));
            assertThat(number.birthDate()).isBefore(LocalDate.of(2021, 1, 1));
        });
    }

    @Test
    void aResidentIdWithItsCheckCharacterChangedIsRejected() {
        String checks = "0123456789X";
        qt().forAll(residentIds(), integers().between(1, 10)).checkAssert((id, shift) -> {
            String mutated = id.substring(0, 17) + checks.charAt((checks.indexOf(id.charAt(17)) + shift) % 11);
            assertThatThrownBy(() -> new ResidentIdNumber(mutated)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void aResidentIdWithOneDigitChangedIsRejected() {
        qt().forAll(residentIds(), integers().between(0, 16), integers().between(1, 9))
                .checkAssert((id, position, shift) -> {
                    char replaced = (char) ('0' + (id.charAt(position) - '0' + shift) % 10);
                    String mutated = id.substring(0, position) + replaced + id.substring(position + 1);
                    assertThatThrownBy(() -> new ResidentIdNumber(mutated)).isInstanceOf(InvalidValueException.class);
                });
    }

    // --- ICP number, filing number ---------------------------------------------------------------------------

    static Gen<String> icpNumbers() {
        Gen<String> province = charsFrom(IcpNumber.PROVINCES, 1);
        Gen<String> number = integers().between(6, 12).flatMap(ValueObjectPropertiesTest::digits);
        return province.zip(number, integers().between(0, 30),
                (p, digits, site) -> p + "ICP备" + digits + "号" + (site == 0 ? "" : "-" + site));
    }

    @Test
    void validIcpNumbersAreAccepted() {
        qt().forAll(icpNumbers()).checkAssert(icp -> {
            IcpNumber parsed = new IcpNumber(icp);
            assertThat(parsed.value()).isEqualTo(icp);
            assertThat(icp).startsWith(parsed.entityNumber());
        });
    }

    @Test
    void icpNumbersWithoutTheirMarkersAreRejected() {
        List<java.util.function.UnaryOperator<String>> mutations = List.of(
                s -> s.replace("ICP备", "ICP"),
                s -> s.replace("号", ""),
                s -> "X" + s.substring(1),
                s -> s.replaceFirst("ICP备\\d", "ICP备A"));
        qt().forAll(icpNumbers(), integers().between(0, mutations.size() - 1)).checkAssert((icp, which) -> {
            String mutated = mutations.get(which).apply(icp);
            assertThatThrownBy(() -> new IcpNumber(mutated)).isInstanceOf(InvalidValueException.class);
        });
    }

    static Gen<String> filingNumbers() {
        return digits(21).map(digits -> "网信算备" + digits + "号");
    }

    @Test
    void validFilingNumbersAreAcceptedAndSplitIntoTheirParts() {
        qt().forAll(filingNumbers()).checkAssert(number -> {
            FilingNumber parsed = new FilingNumber(number);
            assertThat(parsed.areaCode() + parsed.entityCode() + parsed.algorithmSequence()
                    + String.format("%02d", parsed.year() - 2000) + parsed.serial()).isEqualTo(number.substring(4, 25));
        });
    }

    @Test
    void filingNumbersWithADigitMoreOrLessAreRejected() {
        qt().forAll(filingNumbers(), booleans().all()).checkAssert((number, longer) -> {
            String mutated = longer ? number.replace("号", "0号") : number.substring(0, 24) + "号";
            assertThatThrownBy(() -> new FilingNumber(mutated)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void publishedFilingNumbersAreAccepted() {
        assertThat(new FilingNumber("网信算备110108823483901230031号").year()).isEqualTo(2023);
        assertThat(new FilingNumber("网信算备 110108823483901230031 号").value())
                .isEqualTo("网信算备110108823483901230031号");
    }

    // --- phone, e-mail, URL, 200-字 text -----------------------------------------------------------------------

    static Gen<String> mobiles() {
        return integers().between(3, 9).zip(digits(9), (second, rest) -> "1" + second + rest);
    }

    @Test
    void mobileNumbersAreAcceptedAndRecognised() {
        qt().forAll(mobiles()).checkAssert(mobile -> {
            assertThat(new PhoneNumber(mobile).isMobile()).isTrue();
            assertThat(new PhoneNumber("+86 " + mobile).value()).isEqualTo(mobile);
        });
    }

    @Test
    void mobileNumbersWithADigitMoreOrLessAreRejected() {
        qt().forAll(mobiles(), booleans().all()).checkAssert((mobile, longer) -> {
            String mutated = longer ? mobile + "7" : mobile.substring(1);
            assertThatThrownBy(() -> new PhoneNumber(mutated)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void landlinesAreAcceptedButAreNotMobiles() {
        assertThat(new PhoneNumber("010-62345678").isMobile()).isFalse();
    }

    static Gen<String> emails() {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        return integers().between(1, 20).flatMap(n -> charsFrom(letters, n))
                .zip(integers().between(1, 15).flatMap(n -> charsFrom("abcdefghijklmnopqrstuvwxyz", n)),
                        charsFrom("abc", 1).map(i -> switch (i) {
                            case "a" -> "cn";
                            case "b" -> "com";
                            default -> "com.cn";
                        }),
                        (local, domain, tld) -> local + "@" + domain + "." + tld);
    }

    @Test
    void validEmailsAreAccepted() {
        qt().forAll(emails()).checkAssert(email -> assertThat(new EmailAddress(email).value()).isEqualTo(email));
    }

    @Test
    void emailsWithoutAtOrDomainAreRejected() {
        qt().forAll(emails(), booleans().all()).checkAssert((email, dropAt) -> {
            String mutated = dropAt ? email.replace("@", "") : email.substring(0, email.indexOf('@') + 1);
            assertThatThrownBy(() -> new EmailAddress(mutated)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void webAddressesNeedHttpAndAHost() {
        qt().forAll(emails()).checkAssert(seed -> {
            String host = seed.substring(seed.indexOf('@') + 1);
            assertThat(new WebAddress("https://" + host + "/path").value()).isEqualTo("https://" + host + "/path");
            assertThatThrownBy(() -> new WebAddress("ftp://" + host)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new WebAddress(host)).isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void ziLimitedTextKeepsPrintableTextAndRefusesControlCharacters() {
        Gen<String> printable = integers().between(0, 300)
                .flatMap(n -> charsFrom("灵犀对话生成算法基于大语言模型abcxyz ，。", n));
        qt().forAll(printable, integers().between(0, 8)).checkAssert((text, control) -> {
            assertThat(new ZiLimitedText(text).text()).isEqualTo(text.strip());
            assertThatThrownBy(() -> new ZiLimitedText(text + "x" + (char) control.intValue()))
                    .isInstanceOf(InvalidValueException.class);
        });
    }

    @Test
    void postalCodesAreSixDigits() {
        assertThat(new PostalCode(" 100080 ").value()).isEqualTo("100080");
        for (String wrong : new String[] {"10008A", "10008", "1000800", "１０００８０", "100 080"}) {
            assertThatThrownBy(() -> new PostalCode(wrong)).as(wrong).isInstanceOfSatisfying(InvalidValueException.class,
                    invalid -> assertThat(invalid.messageKey()).isEqualTo("identifier.postalCode.invalid"));
        }
    }

    /** Found in a walk: a 17-character code and a wrong check code got the same message. */
    @org.junit.jupiter.api.Test
    void aCreditCodeSaysWhatIsWrongWithIt() {
        java.util.function.Function<String, String> key = code -> {
            try {
                new UnifiedSocialCreditCode(code);
                return "valid";
            }
            catch (InvalidValueException invalid) {
                return invalid.messageKey();
            }
        };
        assertThat(key.apply("91110108MA01N7QX00")).isEqualTo("valid");
        assertThat(key.apply("91110108MA01N7QX0")).isEqualTo("identifier.creditCode.invalid.length");
        assertThat(key.apply("91110108MA01N7QXI0")).isEqualTo("identifier.creditCode.invalid.characters");
        assertThat(key.apply("91110108MA01N7QX01")).isEqualTo("identifier.creditCode.invalid.checkCode");
    }
}
