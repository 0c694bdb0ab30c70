package io.github.postmanmock;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layer rules of STYLE.md §2.1, checked on the compiled main classes. */
class ArchitectureTest {
  private static final String ROOT = "io.github.postmanmock";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(
            "model depends on nothing of ours",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    ROOT,
                    ROOT + ".junit..",
                    ROOT + ".assertions..",
                    ROOT + ".standalone..",
                    ROOT + ".internal.collection..",
                    ROOT + ".internal.match..",
                    ROOT + ".internal.render..",
                    ROOT + ".internal.server..")),
        Arguments.of(
            "collection, match and render use only the model (and root exceptions)",
            noClasses()
                .that()
                .resideInAnyPackage(
                    ROOT + ".internal.collection..",
                    ROOT + ".internal.match..",
                    ROOT + ".internal.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    ROOT + ".junit..",
                    ROOT + ".assertions..",
                    ROOT + ".standalone..",
                    ROOT + ".internal.server..")),
        Arguments.of(
            "match and render never read collection files",
            noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".internal.match..", ROOT + ".internal.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".internal.collection..")),
        Arguments.of(
            "the engine knows nothing of HTTP servers",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal.match..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.sun.net.httpserver..", ROOT + ".internal.render..")),
        Arguments.of(
            "internal never uses the public layers above it",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    ROOT + ".junit..", ROOT + ".assertions..", ROOT + ".standalone..")),
        Arguments.of(
            "internal uses of the root package are limited to its exceptions",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal..")
                .should()
                .dependOnClassesThat(
                    resideInAPackage(ROOT).and(not(assignableTo(PostmanMockException.class))))),
        Arguments.of(
            "assertions use only the public API",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".assertions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".internal..", ROOT + ".junit..")),
        Arguments.of(
            "the JUnit extension uses only the public API",
            noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".junit..", ROOT + ".standalone..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".internal..")),
        Arguments.of(
            "only the optional Spring support uses Spring",
            noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".spring..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")),
        Arguments.of(
            "the Spring support uses only the public API",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".spring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".internal..")),
        Arguments.of(
            "contract checks are a client of the model, never a part of the mock runtime",
            noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal..")
                .and()
                .resideOutsideOfPackage(ROOT + ".internal.contract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".internal.contract..")),
        Arguments.of(
            "nothing uses JUnit's internal commons utilities",
            noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.junit.platform.commons.util..")),
        Arguments.of(
            "only the standalone entry point writes to standard streams",
            noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".standalone..")
                .should(ACCESS_STANDARD_STREAMS)),
        Arguments.of(
            "no generic exceptions are thrown", NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS),
        Arguments.of(
            "no production class is named like a test",
            noClasses().should().haveSimpleNameEndingWith("Test")),
        Arguments.of(
            "the internal packages have no cycles",
            slices().matching(ROOT + ".internal.(*)..").should().beFreeOfCycles()),
        Arguments.of(
            "the public packages have no cycles",
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()),
        Arguments.of(
            "the root package holds only public API types",
            classes()
                .that()
                .resideInAPackage(ROOT)
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .bePublic()),
        Arguments.of(
            "no public member outside internal exposes an internal type",
            members()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage(ROOT + ".internal..")
                .should(new ExposesNoInternalType())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void layersFollowTheRules(String name, ArchRule rule) {
    rule.check(classes);
  }
}
