package vn.safeschool.followup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {
}
