/**
 * Operations: the metrics operators watch (counted from the events the features already publish), and who and
 * which unit each request's log lines belong to. Depends on the features' public events and services; no feature
 * depends on it.
 */
@ApplicationModule(allowedDependencies = {
        "base", "declaration", "org", "security"})
@NullMarked
package vn.safeschool.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
