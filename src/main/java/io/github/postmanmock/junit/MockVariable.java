package io.github.postmanmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Set a variable of the mock for one test: {@code @MockVariable(name = "petId", value = "7")}. It
 * shadows collection, environment and {@code @PostmanMock(variables)} values, and ends with the
 * test.
 *
 * <p>Repeatable; on a test method, a test class or a {@code @Nested} class. All of them apply, the
 * innermost winning for the same name (enclosing class, then class, then method). The same
 * restriction on parallel tests as {@link UseExample} applies.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(MockVariables.class)
public @interface MockVariable {
  /** The variable name, without braces. */
  String name();

  /** Its value for the test. */
  String value();
}
