package vn.safeschool.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param password the password of every demo account; set only in the demo profile */
@ConfigurationProperties("safeschool.demo")
record DemoProperties(String password) {
}
