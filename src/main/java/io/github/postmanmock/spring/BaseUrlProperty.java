package io.github.postmanmock.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put the base URL of the mock in this static {@code PostmanMockExtension} field into the Spring
 * environment of the test's application context, under each of the given property names: one
 * annotation instead of a {@code @DynamicPropertySource} method.
 *
 * <pre>{@code
 * @SpringBootTest
 * class PetShopTest {
 *   @RegisterExtension
 *   @BaseUrlProperty("petstore.base-url")
 *   static PostmanMockExtension petstore =
 *       PostmanMockExtension.newInstance().collection("petstore.postman_collection.json").build();
 * }
 * }</pre>
 *
 * <p>The value is read when Spring reads the property, as for {@code @DynamicPropertySource}, and
 * the field is part of the key Spring caches the context by: a class with a field of its own gets a
 * context of its own, wired to its own mock. Needs {@code spring-test} on the test class path
 * (Spring Framework 6.1 or later, Spring Boot 3.2 or later).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BaseUrlProperty {
  /**
   * Return the property names that hold the base URL, such as {@code "petstore.base-url"}.
   *
   * @return one name or more
   */
  String[] value();
}
