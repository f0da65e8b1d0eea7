package vn.safeschool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;

/** Posts the sign-in form over real HTTP, as the browser does, to a {@link RunningServerTest}'s server. */
public final class FormSignIn {

    private FormSignIn() {
    }

    /** @return where the server sends the browser next: {@code /login?error} when refused */
    public static String post(int port, String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue(HttpHeaders.LOCATION).orElse("");
    }
}
