package id.sinergi.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Tokens for the packaged application, which these tests start trusting the development key pair. */
final class DevTokens {

    private DevTokens() {
    }

    /** A bearer token signed with the development key, which the application under test trusts. */
    static String sign(String role, String agency) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"https://sinergi.local/issuer\",\"upn\":\"it." + role + "\",\"groups\":[\"" + role + "\"],"
                + (agency == null ? "" : "\"agency\":\"" + agency + "\",") + "\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        String pem = Files.readString(Path.of("src/main/dev-jwt/privateKey.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rs256.sign());
    }
}
