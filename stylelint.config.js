// Stylelint: STYLE.md §8 "CSS uses logical properties only" (stylelint-use-logical), plus a few
// rules that catch invalid CSS. Syntax errors are always reported by stylelint itself.
/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-use-logical'],
  rules: {
    'csstools/use-logical': ['always', { except: [] }],
    'color-no-invalid-hex': true,
    'declaration-block-no-duplicate-properties': true,
    'function-calc-no-unspaced-operator': true,
    'no-invalid-double-slash-comments': true,
    'property-no-unknown': true,
    'string-no-newline': true,
    'unit-no-unknown': true,
    // postcss-preset-mantine adds @mixin (hover, rtl, light, dark, smaller-than, larger-than).
    'at-rule-no-unknown': [true, { ignoreAtRules: ['mixin'] }],
    'selector-pseudo-class-no-unknown': true,
    'selector-pseudo-element-no-unknown': true,
  },
};
