package vn.safeschool.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP, without the browser: signs in through the sign-in page's form and opens views the way
 * Vaadin's client bootstraps them ({@code ?v-r=init}), so that the server holds exactly what it holds for a person
 * — the HTTP session, the security context, a Vaadin session with a UI per opened view. Keeps only its cookie.
 */
final class VaadinHttpSession {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What Vaadin's client reports about the browser: a laptop screen in Vietnam. */
    private static final Map<String, String> BROWSER = Map.ofEntries(Map.entry("v-sh", "900"),
            Map.entry("v-sw", "1440"), Map.entry("v-wh", "800"), Map.entry("v-ww", "1440"), Map.entry("v-bh", "800"),
            Map.entry("v-bw", "1440"), Map.entry("v-tzo", "-420"), Map.entry("v-dstd", "0"),
            Map.entry("v-rtzo", "-420"), Map.entry("v-dston", "false"), Map.entry("v-tzid", "Asia/Ho_Chi_Minh"),
            Map.entry("v-td", "false"), Map.entry("v-pr", "1"), Map.entry("v-np", "Linux x86_64"),
            Map.entry("v-cs", ""), Map.entry("v-tn", "lumo"));

    private final HttpClient http;
    private final String base;
    private String cookie = "";

    VaadinHttpSession(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** Sends the sign-in form as the browser would; fails unless the server answers with a redirect into the app. */
    VaadinHttpSession signIn(String username, String password) {
        HttpResponse<String> page = send(get("/login"));
        String csrf = find(page.body(), CSRF_INPUT, CSRF_META);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        HttpResponse<String> signedIn = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                    + location);
        }
        return this;
    }

    /** A browser tab: one UI of the session, which can move on to another view as a click on the menu does. */
    final class Tab {

        private final String uiId;
        private final String csrf;
        private int clientId;
        private int syncId;
        private String last;

        private Tab(String uiId, String csrf) {
            this.uiId = uiId;
            this.csrf = csrf;
        }

        /** The client's "ui-navigate" event: runs the navigation, attaches the view. @return the answering UIDL */
        String navigate(String route) {
            String event = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":%d},"trigger":""}}],\
                    "syncId":%d,"clientId":%d}""".formatted(csrf, route, clientId, syncId, clientId);
            HttpResponse<String> navigated = send(request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(event)));
            String sync = find(navigated.body(), SYNC_ID);
            if (navigated.statusCode() != 200 || sync == null) {
                throw new IllegalStateException("navigating to /" + route + " answered " + navigated.statusCode());
            }
            clientId++;
            syncId = Integer.parseInt(sync);
            last = navigated.body();
            return last;
        }

        String lastAnswer() {
            return last;
        }
    }

    /**
     * Opens a view in a new tab of this session: the bootstrap request that creates the UI, then the navigation the
     * client asks for once it has started.
     */
    Tab open(String route) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("v-r", "init");
        query.put("location", route);
        query.put("query", "");
        query.putAll(BROWSER);
        query.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        HttpResponse<String> init = send(get("/?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"))));
        if (init.statusCode() != 200 || !init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new IllegalStateException("opening /" + route + " answered " + init.statusCode() + ": "
                    + init.body().substring(0, Math.min(300, init.body().length())));
        }
        String uiId = find(init.body(), UI_ID);
        String csrf = find(init.body(), SECURITY_KEY);
        if (uiId == null || csrf == null) {
            throw new IllegalStateException("no UI id or security key in the bootstrap of /" + route);
        }
        Tab tab = new Tab(uiId, csrf);
        tab.navigate(route);
        return tab;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> cookies = response.headers().allValues("Set-Cookie");
            for (String set : cookies) {
                Matcher m = SESSION_COOKIE.matcher(set);
                if (m.find()) {
                    cookie = m.group(1);
                }
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(String html, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(html);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
