package vn.safeschool;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void features_only_use_each_others_public_root_packages_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
