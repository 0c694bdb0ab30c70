package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** File names, extensions and MIME types for the {@code $random...File...} variables. */
final class FileNames {
  /** MIME types with their usual extension, the "common" ones first. */
  private static final List<String[]> TYPES =
      List.of(
          new String[] {"application/pdf", "pdf"},
          new String[] {"audio/mpeg", "mpga"},
          new String[] {"audio/wav", "wav"},
          new String[] {"image/png", "png"},
          new String[] {"image/jpeg", "jpeg"},
          new String[] {"image/gif", "gif"},
          new String[] {"video/mp4", "mp4"},
          new String[] {"video/mpeg", "mpeg"},
          new String[] {"text/html", "html"},
          new String[] {"application/json", "json"},
          new String[] {"application/xml", "xml"},
          new String[] {"application/zip", "zip"},
          new String[] {"application/gzip", "gz"},
          new String[] {"application/msword", "doc"},
          new String[] {"application/vnd.ms-excel", "xls"},
          new String[] {"application/javascript", "js"},
          new String[] {"application/octet-stream", "bin"},
          new String[] {"audio/ogg", "oga"},
          new String[] {"audio/webm", "weba"},
          new String[] {"font/woff2", "woff2"},
          new String[] {"image/svg+xml", "svg"},
          new String[] {"image/webp", "webp"},
          new String[] {"image/bmp", "bmp"},
          new String[] {"model/gltf+json", "gltf"},
          new String[] {"text/css", "css"},
          new String[] {"text/csv", "csv"},
          new String[] {"text/plain", "txt"},
          new String[] {"text/markdown", "md"},
          new String[] {"video/webm", "webm"},
          new String[] {"video/quicktime", "mov"});

  private static final int COMMON = 9;

  private FileNames() {}

  /** A MIME type such as {@code text/css}. */
  static String mimeType(Random random) {
    return Pick.one(random, TYPES)[0];
  }

  /** The top-level part of a MIME type, such as {@code image}. */
  static String fileType(Random random) {
    String type = mimeType(random);
    return type.substring(0, type.indexOf('/'));
  }

  /** An extension without its dot, such as {@code csv}. */
  static String fileExt(Random random) {
    return Pick.one(random, TYPES)[1];
  }

  /** The top-level type of a common file: {@code application}, {@code audio}, ... */
  static String commonFileType(Random random) {
    return Pick.one(random, List.of("video", "audio", "image", "text", "application"));
  }

  /** The extension of a common file type, such as {@code pdf} or {@code mp4}. */
  static String commonFileExt(Random random) {
    return TYPES.get(random.nextInt(COMMON))[1];
  }

  /** A lower-case file name with any known extension, such as {@code delta_river.csv}. */
  static String any(Random random, Words words) {
    return stem(random, words) + "." + fileExt(random);
  }

  /** A lower-case file name with a common extension, such as {@code delta_river.pdf}. */
  static String common(Random random, Words words) {
    return stem(random, words) + "." + commonFileExt(random);
  }

  private static String stem(Random random, Words words) {
    StringBuilder stem = new StringBuilder(words.word());
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      stem.append('_').append(words.word());
    }
    return stem.toString().toLowerCase(Locale.ROOT).replaceAll("\\W", "_");
  }
}
