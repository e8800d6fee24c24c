/**
 * The bundled CJK faces: for each language with a CJK script, the family the page's CSS names
 * (src/views/shared/styles.css, `:root:lang(…)`), the open-licence font it is cut from, and the
 * learner's own fonts that are tried first (`local()`), so a learner who has one downloads nothing.
 *
 * The sources are Google's Noto Sans SC and Noto Sans JP (SIL Open Font License 1.1), the full
 * static fonts as the @expo-google-fonts packages ship them from npm (the @fontsource packages ship
 * only pre-cut slices). Chinese and Japanese write many Han characters differently (骨, 直, 写,
 * 着…), so each language has its own source: the SC face for zh-Hans, the JP face for ja.
 *
 * A new language with a CJK script (Traditional Chinese, Korean) adds an entry here: its source
 * font package in devDependencies and a `:root:lang(…)` stack naming its family
 * (docs/translating.md, "A language with a new script").
 */

/** The weights cut: 400 for text, 700 for speaker names, headings and buttons (600 uses 700). */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

export interface CjkFont {
  /** The language (translations/<lang>/), as in `<html lang>`. */
  lang: string;
  /** The family the CSS names. */
  family: string;
  /** The source font's family, for messages and the licence file. */
  source: string;
  /** The npm package the source comes from, and each weight's file in it. */
  pkg: string;
  files: Record<Weight, string>;
  /**
   * The learner's installed fonts tried first, per weight, by PostScript name (`local()` matches it
   * on macOS, iOS, Windows, Linux and Android; full names vary more: fontconfig calls Noto Sans CJK
   * JP's regular face "Noto Sans CJK JP"). The first one found is the face: nothing is fetched.
   */
  local: Record<Weight, readonly string[]>;
  /** The licence file's name in dist/fonts/. */
  licence: string;
}

export const CJK_FONTS: readonly CjkFont[] = [
  {
    lang: 'zh-Hans',
    family: 'Rapport SC',
    source: 'Noto Sans SC',
    pkg: '@expo-google-fonts/noto-sans-sc',
    files: { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' },
    local: {
      400: [
        'PingFangSC-Regular',
        'HiraginoSansGB-W3',
        'MicrosoftYaHei',
        'MicrosoftYaHeiUI',
        'NotoSansCJKsc-Regular',
        'NotoSansSC-Regular',
        'SourceHanSansSC-Regular',
        'WenQuanYiMicroHei',
      ],
      700: [
        'PingFangSC-Semibold',
        'HiraginoSansGB-W6',
        'MicrosoftYaHei-Bold',
        'NotoSansCJKsc-Bold',
        'NotoSansSC-Bold',
        'SourceHanSansSC-Bold',
      ],
    },
    licence: 'noto-sans-sc.LICENSE.txt',
  },
  {
    lang: 'ja',
    family: 'Rapport JP',
    source: 'Noto Sans JP',
    pkg: '@expo-google-fonts/noto-sans-jp',
    files: { 400: '400Regular/NotoSansJP_400Regular.ttf', 700: '700Bold/NotoSansJP_700Bold.ttf' },
    local: {
      400: [
        'HiraginoSans-W3',
        'HiraKakuProN-W3',
        'YuGothicUI-Regular',
        'YuGothic-Regular',
        'Meiryo',
        'NotoSansCJKjp-Regular',
        'NotoSansJP-Regular',
        'SourceHanSansJP-Regular',
      ],
      700: [
        'HiraginoSans-W6',
        'HiraKakuProN-W6',
        'YuGothicUI-Bold',
        'YuGothic-Bold',
        'Meiryo-Bold',
        'NotoSansCJKjp-Bold',
        'NotoSansJP-Bold',
        'SourceHanSansJP-Bold',
      ],
    },
    licence: 'noto-sans-jp.LICENSE.txt',
  },
];
