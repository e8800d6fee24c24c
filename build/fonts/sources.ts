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
   * The learner's installed fonts tried first, per weight: full names and PostScript names, as
   * `local()` matches them (macOS, Windows, Linux, Android; fontconfig gives some regular faces a
   * full name without "Regular"). The first one found is the face: nothing is fetched.
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
        'PingFang SC Regular',
        'PingFangSC-Regular',
        'Hiragino Sans GB W3',
        'HiraginoSansGB-W3',
        'Microsoft YaHei',
        'MicrosoftYaHei',
        'Microsoft YaHei UI',
        'MicrosoftYaHeiUI',
        'Noto Sans CJK SC',
        'Noto Sans CJK SC Regular',
        'NotoSansCJKsc-Regular',
        'Noto Sans SC Regular',
        'NotoSansSC-Regular',
        'Source Han Sans SC Regular',
        'SourceHanSansSC-Regular',
        'WenQuanYi Micro Hei',
        'WenQuanYiMicroHei',
      ],
      700: [
        'PingFang SC Semibold',
        'PingFangSC-Semibold',
        'Hiragino Sans GB W6',
        'HiraginoSansGB-W6',
        'Microsoft YaHei Bold',
        'MicrosoftYaHei-Bold',
        'Noto Sans CJK SC Bold',
        'NotoSansCJKsc-Bold',
        'Noto Sans SC Bold',
        'NotoSansSC-Bold',
        'Source Han Sans SC Bold',
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
        'Hiragino Sans W3',
        'HiraginoSans-W3',
        'Hiragino Kaku Gothic ProN W3',
        'HiraKakuProN-W3',
        'Yu Gothic UI Regular',
        'YuGothicUI-Regular',
        'Yu Gothic Regular',
        'YuGothic-Regular',
        'Meiryo',
        'Noto Sans CJK JP',
        'Noto Sans CJK JP Regular',
        'NotoSansCJKjp-Regular',
        'Noto Sans JP Regular',
        'NotoSansJP-Regular',
        'Source Han Sans JP Regular',
        'SourceHanSansJP-Regular',
      ],
      700: [
        'Hiragino Sans W6',
        'HiraginoSans-W6',
        'Hiragino Kaku Gothic ProN W6',
        'HiraKakuProN-W6',
        'Yu Gothic UI Bold',
        'YuGothicUI-Bold',
        'Yu Gothic Bold',
        'YuGothic-Bold',
        'Meiryo Bold',
        'Meiryo-Bold',
        'Noto Sans CJK JP Bold',
        'NotoSansCJKjp-Bold',
        'Noto Sans JP Bold',
        'NotoSansJP-Bold',
        'Source Han Sans JP Bold',
        'SourceHanSansJP-Bold',
      ],
    },
    licence: 'noto-sans-jp.LICENSE.txt',
  },
];
