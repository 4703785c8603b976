package uk.gov.ddat.capability.bot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final SignedTokens tokens = new SignedTokens(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshTokenGivesBackItsPayloadAndIsUrlSafe() {
        String token = tokens.issue("download:7f3a", Duration.ofMinutes(15));

        assertThat(token).matches("[A-Za-z0-9_\\-.]+");
        assertThat(tokens.verify(token)).contains("download:7f3a");
    }

    @Test
    void itExpiresAtItsTimeToLive() {
        String token = tokens.issue("download:7f3a", Duration.ofMinutes(15));

        assertThat(at(NOW.plusSeconds(15 * 60 - 1)).verify(token)).contains("download:7f3a");
        assertThat(at(NOW.plusSeconds(15 * 60)).verify(token)).isEmpty();
        assertThat(at(NOW.plus(Duration.ofDays(1))).verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.issue("download:7f3a", Duration.ofMinutes(15));
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("7f3a", "0000").getBytes(StandardCharsets.UTF_8));
        char last = parts[2].charAt(0);
        String otherSignature = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);

        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + otherSignature)).isEmpty();
        assertThat(tokens.verify(parts[0] + "." + parts[1] + ".")).as("no signature").isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = tokens.issue("download:7f3a", Duration.ofMinutes(15));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(none + "." + token.split("\\.")[1] + ".")).isEmpty();
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] ^= 1;
        String token = new SignedTokens(other, Clock.fixed(NOW, ZoneOffset.UTC)).issue("download:7f3a", Duration.ofMinutes(15));

        assertThat(tokens.verify(token)).isEmpty();
        assertThat(SignedTokens.withRandomKey(Clock.fixed(NOW, ZoneOffset.UTC)).verify(tokens.issue("x", Duration.ofMinutes(1))))
                .isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("....")).isEmpty();
        assertThat(tokens.verify("x".repeat(SignedTokens.MAX_TOKEN_CHARS + 1))).isEmpty();
    }

    @Test
    void aShortKeyOrNoLifetimeIsAMistake() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new SignedTokens(new byte[31], clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("x", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SignedTokens at(Instant instant) {
        return new SignedTokens(KEY, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
