package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Signs in over real HTTP as the browser does, to a {@link RunningServerTest}'s server or any other: opens the
 * sign-in page (a session and its form token), then posts the form with the token.
 */
public final class FormSignIn {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private FormSignIn() {
    }

    /** @return where the server sends the browser next: {@code /login?error} when refused */
    public static String post(int port, String username, String password) throws IOException, InterruptedException {
        return post(port, username, password, null);
    }

    /**
     * @param from    the local address to connect from (any 127.x.y.z on this machine), or the default
     * @param headers more request headers, name and value in turn, on both requests
     */
    public static String post(int port, String username, String password, @Nullable InetAddress from,
            String... headers) throws IOException, InterruptedException {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager());
        if (from != null) {
            builder.localAddress(from);
        }
        try (HttpClient http = builder.build()) {
            return post(http, port, username, password, headers);
        }
    }

    /** In the given client's session (its cookie handler keeps it): a browser tab that signs in. */
    public static String post(HttpClient http, int port, String username, String password, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (headers.length > 0) {
            page.headers(headers);
            form.headers(headers);
        }
        Matcher token = TOKEN.matcher(http.send(page.build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("the sign-in page carries its form token").isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(form
                .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue(HttpHeaders.LOCATION).orElse("");
    }
}
