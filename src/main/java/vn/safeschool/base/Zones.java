package vn.safeschool.base;

import java.time.ZoneId;

/** Deadlines and letters are stated in Vietnam's time, whatever the server's zone. */
public final class Zones {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Zones() {
    }
}
