package io.github.postmanmock.internal.render;

import java.util.List;

/**
 * ISO 639 language codes (two letters, three where no two-letter code exists) that {@code
 * $randomLocale} picks from, like Postman's fixed list of about a hundred codes.
 */
final class LanguageCodes {
  /** The codes, in no particular order. */
  static final List<String> ALL =
      List.of(
          "af", "ak", "am", "ar", "as", "az", "be", "bg", "bm", "bn", "bo", "br", "bs", "ca", "cs",
          "cy", "da", "de", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fo",
          "fr", "fy", "ga", "gd", "gl", "gu", "gv", "ha", "he", "hi", "hr", "hu", "hy", "id", "ig",
          "ii", "is", "it", "ja", "ka", "ki", "kk", "kl", "km", "kn", "ko", "ks", "kw", "ky", "lb",
          "lg", "ln", "lo", "lt", "lu", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt", "my", "nb",
          "nd", "ne", "nl", "nn", "no", "om", "or", "os", "pa", "pl", "ps", "pt", "rm", "rn", "ro",
          "ru", "rw", "se", "sg", "si", "sk", "sl", "sn", "so", "sq", "sr", "sv", "sw", "ta", "te",
          "th", "ti", "to", "tr", "uk", "ur", "uz", "vi", "yo", "zh", "zu", "haw", "chr", "fil",
          "kok", "yue", "ast", "ckb", "fur", "gsw", "nds");

  private LanguageCodes() {}
}
