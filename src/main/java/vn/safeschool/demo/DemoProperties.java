package vn.safeschool.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param password the password of every demo account; set only in the demo profile
 * @param travel   run the demo on the morning after directive 307's deadline (false: real time)
 */
@ConfigurationProperties("safeschool.demo")
record DemoProperties(String password, @DefaultValue("true") boolean travel) {
}
