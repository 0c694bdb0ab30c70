package io.github.postmanmock.internal.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Image URLs, file names and database vocabulary: faker-named variables that need no Datafaker. */
final class MediaVariables {
  private static final String IMAGE_BASE = "http://placeimg.com/640/480";
  private static final List<String> IMAGE_CATEGORIES =
      List.of(
          "Abstract",
          "Animals",
          "Business",
          "Cats",
          "City",
          "Food",
          "Nightlife",
          "Fashion",
          "People",
          "Nature",
          "Sports",
          "Transport");
  private static final List<String> DB_COLUMNS =
      List.of(
          "id",
          "title",
          "name",
          "email",
          "phone",
          "token",
          "group",
          "category",
          "password",
          "comment",
          "avatar",
          "status",
          "createdAt",
          "updatedAt");
  private static final List<String> DB_TYPES =
      List.of(
          "int",
          "varchar",
          "text",
          "date",
          "datetime",
          "tinyint",
          "time",
          "timestamp",
          "smallint",
          "mediumint",
          "bigint",
          "decimal",
          "float",
          "double",
          "real",
          "bit",
          "boolean",
          "serial",
          "blob",
          "binary",
          "enum",
          "set",
          "geometry",
          "point");
  private static final List<String> DB_COLLATIONS =
      List.of(
          "utf8_unicode_ci",
          "utf8_general_ci",
          "utf8_bin",
          "ascii_bin",
          "ascii_general_ci",
          "cp1250_bin",
          "cp1250_general_ci");
  private static final List<String> DB_ENGINES =
      List.of("InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE");

  private final Random random;
  private final Words words;

  MediaVariables(Random random, Words words) {
    this.random = random;
    this.words = words;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    into.put("$randomImageUrl", () -> IMAGE_BASE);
    for (String category : IMAGE_CATEGORIES) {
      String url = IMAGE_BASE + "/" + category.toLowerCase(Locale.ROOT);
      into.put("$random" + category + "Image", () -> url);
    }
    into.put("$randomImageDataUri", MediaVariables::svgDataUri);
    into.put("$randomFileName", () -> FileNames.any(random, words));
    into.put("$randomCommonFileName", () -> FileNames.common(random, words));
    into.put("$randomMimeType", () -> FileNames.mimeType(random));
    into.put("$randomCommonFileType", () -> FileNames.commonFileType(random));
    into.put("$randomCommonFileExt", () -> FileNames.commonFileExt(random));
    into.put("$randomFileType", () -> FileNames.fileType(random));
    into.put("$randomFileExt", () -> FileNames.fileExt(random));
    into.put("$randomDatabaseColumn", () -> Pick.one(random, DB_COLUMNS));
    into.put("$randomDatabaseType", () -> Pick.one(random, DB_TYPES));
    into.put("$randomDatabaseCollation", () -> Pick.one(random, DB_COLLATIONS));
    into.put("$randomDatabaseEngine", () -> Pick.one(random, DB_ENGINES));
  }

  /**
   * What Postman sends: faker.js 5 builds a grey SVG from a width and a height that Postman never
   * passes, so every value is this one picture, sized {@code undefined}, percent-encoded as
   * JavaScript's {@code encodeURIComponent} does.
   */
  static String svgDataUri() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" baseProfile=\"full\""
            + " width=\"undefined\" height=\"undefined\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"grey\"/>"
            + "<text x=\"NaN\" y=\"NaN\" font-size=\"20\" alignment-baseline=\"middle\""
            + " text-anchor=\"middle\" fill=\"white\">undefinedxundefined</text></svg>";
    return "data:image/svg+xml;charset=UTF-8,"
        + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
