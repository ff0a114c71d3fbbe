package org.summitsim.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test (class or method) that needs the machine around it: real sockets, child JVMs, tmux or a
 * browser, or thousands of matches. {@code ./mvnw test} (the fast loop) leaves these out; {@code ./mvnw
 * verify} runs them with Failsafe after the unit tests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
public @interface IntegrationTest {}
