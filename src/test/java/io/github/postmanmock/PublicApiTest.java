package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API, one line per public type and member, is checked in as {@code
 * src/api/postman-mock.api}: a change to the API shows in the same commit as a change to that file.
 * When they differ this test fails, and writes what the API is now to {@code
 * target/postman-mock.api}; run it with {@code -Dpostmanmock.updateApi=true} to update the file.
 */
class PublicApiTest {
  private static final Path LISTING = Path.of("src", "api", "postman-mock.api");

  @Test
  void theApiListingIsUpToDate() throws IOException {
    String now = String.join("\n", listing()) + "\n";
    String checkedIn = Files.exists(LISTING) ? Files.readString(LISTING) : "";
    if (Boolean.getBoolean("postmanmock.updateApi")) {
      Files.writeString(LISTING, now);
      checkedIn = now;
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "postman-mock.api"), now);

    assertThat(now)
        .as(
            "the public API differs from %s; if the change is meant, copy target/postman-mock.api"
                + " there or run with -Dpostmanmock.updateApi=true",
            LISTING)
        .isEqualTo(checkedIn);
  }

  static List<String> listing() {
    List<Class<?>> types =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.postmanmock")
                .stream()
                .filter(c -> !c.getPackageName().contains(".internal"))
                .map(JavaClass::reflect)
                .filter(PublicApiTest::isApi)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types) {
      lines.add(shorten(describe(type)));
      List<String> members = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
          members.add("  " + shorten(f.toGenericString()));
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isVisible(c.getModifiers()) && !type.isEnum()) {
          members.add("  " + shorten(c.toGenericString()));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members.add("  " + shorten(m.toGenericString()));
        }
      }
      members.sort(Comparator.naturalOrder());
      lines.addAll(members);
    }
    return lines;
  }

  /** A type users can name: public, and nested only in types users can name. */
  private static boolean isApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    String modifiers =
        Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT);
    String supers =
        type.getGenericSuperclass() == null
                || type.getSuperclass() == Object.class
                || type.isEnum()
                || type.isRecord()
            ? ""
            : " extends " + type.getGenericSuperclass().getTypeName();
    String interfaces =
        type.isAnnotation() || type.getGenericInterfaces().length == 0
            ? ""
            : " implements "
                + String.join(
                    ", ",
                    Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).toList());
    return (modifiers + " " + kind + " " + type.getName() + supers + interfaces).trim();
  }

  private static String shorten(String signature) {
    return signature
        .replace("io.github.postmanmock.", "")
        .replace("java.lang.", "")
        .replace("java.util.", "")
        .replace("java.nio.file.", "")
        .replace("java.time.", "");
  }
}
