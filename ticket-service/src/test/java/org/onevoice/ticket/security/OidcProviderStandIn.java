package org.onevoice.ticket.security;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An OpenID provider as Keycloak presents one realm to a resource server: discovery document and
 * signing keys (JWKS) over real HTTP, and access tokens signed with its key carrying the realm
 * roles in {@code realm_access.roles}. Tokens for other keys or past their expiry are made too.
 */
public class OidcProviderStandIn implements QuarkusTestResourceLifecycleManager {
    private static final String KEY_ID = "onevoice-test-key";
    private static final KeyPair KEYS = rsaKeys();
    private static final KeyPair STRANGER_KEYS = rsaKeys();
    private static String issuer;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/onevoice";
        serve("/realms/onevoice/.well-known/openid-configuration", """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer));
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        serve("/realms/onevoice/protocol/openid-connect/certs", """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent())));
        server.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", issuer);
    }

    /** An access token the realm issued to {@code user} with these realm roles, valid for five minutes. */
    static String token(String user, List<String> roles) {
        return signed(user, roles, 300, KEYS.getPrivate());
    }

    static String expiredToken(String user, List<String> roles) {
        return signed(user, roles, -600, KEYS.getPrivate());
    }

    /** A token that looks right but was signed by a key the realm does not publish. */
    static String forgedToken(String user, List<String> roles) {
        return signed(user, roles, 300, STRANGER_KEYS.getPrivate());
    }

    private static String signed(String user, List<String> roles, long validForSeconds, PrivateKey key) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(issuer).subject(user).claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(now - 5).expiresAt(now + validForSeconds)
                .jws().keyId(KEY_ID).sign(key);
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
