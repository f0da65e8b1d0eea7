package vn.safeschool.base;

import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.beanvalidation.FilteredMethodValidationPostProcessor;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/**
 * Spring Boot's method validation of {@code @Validated} services, as Boot configures it, except that a violated
 * constraint leaves the service as an {@link InvalidInput} — a {@link RuleViolation} the views already show in the
 * user's language — rather than a {@link ConstraintViolationException} that only says something is wrong.
 */
@Configuration(proxyBeanMethods = false)
class InputValidationConfiguration {

    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(Environment environment,
            ObjectProvider<Validator> validator, ObjectProvider<MethodValidationExcludeFilter> excludeFilters) {
        RefusingMethodValidation processor = new RefusingMethodValidation(excludeFilters.orderedStream());
        processor.setProxyTargetClass(environment.getProperty("spring.aop.proxy-target-class", Boolean.class, true));
        processor.setValidatorProvider(validator);
        return processor;
    }

    private static final class RefusingMethodValidation extends FilteredMethodValidationPostProcessor {

        RefusingMethodValidation(Stream<? extends MethodValidationExcludeFilter> excludeFilters) {
            super(excludeFilters);
        }

        @Override
        protected Advice createMethodValidationAdvice(Supplier<Validator> validator) {
            MethodInterceptor validation = (MethodInterceptor) super.createMethodValidationAdvice(validator);
            return (MethodInterceptor) invocation -> {
                try {
                    return validation.invoke(invocation);
                } catch (ConstraintViolationException e) {
                    throw InvalidInput.of(e);
                }
            };
        }
    }
}
