import { describe, expect, it } from 'vitest';
import { nameTokens, normaliseArabic, normaliseLatin, withoutArticle } from './normalise.js';

describe('normaliseArabic', () => {
  it('folds hamza and alef forms, ta marbuta and alef maqsura', () => {
    expect(normaliseArabic('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله');
    expect(normaliseArabic('مؤمن هانئ مصطفى')).toBe('مومن هاني مصطفي');
  });

  it('removes harakat, superscript alef, tatweel and folds Arabic-Indic digits', () => {
    expect(normaliseArabic('مُحَمَّـــد')).toBe('محمد');
    expect(normaliseArabic('رحمٰن')).toBe('رحمن');
    expect(normaliseArabic('١٢٣ ۴۵')).toBe('123 45');
  });
});

describe('normaliseLatin', () => {
  it('lowercases, strips accents and unifies punctuation', () => {
    expect(normaliseLatin('Éloïse  DRAPÁL')).toBe('eloise drapal');
    expect(normaliseLatin('Abd al-Rahman')).toBe('abd al rahman');
    expect(normaliseLatin('Ma’mun ʿAli')).toBe('mamun ali');
  });
});

describe('nameTokens', () => {
  it('fuses abd with the following name in both scripts', () => {
    expect(nameTokens('Abd al-Rahman')).toEqual(['abdrahman']);
    expect(nameTokens('Abdelrahman')).toEqual(['abdrahman']);
    expect(nameTokens('Abdul Rahman')).toEqual(['abdrahman']);
    expect(nameTokens('عبد الرحمن')).toEqual(['عبدرحمن']);
    expect(nameTokens('عبدالرحمن')).toEqual(['عبدرحمن']);
  });

  it('drops articles and filiation particles', () => {
    expect(nameTokens('Omar el-Bashir')).toEqual(['omar', 'bashir']);
    expect(nameTokens('Ahmed ould Abdallah')).toEqual(['ahmed', 'abdallah']);
    expect(nameTokens('Khalid bin Walid')).toEqual(['khalid', 'walid']);
    expect(nameTokens('خالد بن الوليد')).toEqual(['خالد', 'الوليد']);
  });

  it('offers the article-less form of a token as an alternative', () => {
    expect(withoutArticle('الوليد')).toBe('وليد');
    expect(withoutArticle('elbashir')).toBe('bashir');
    expect(withoutArticle('alaoui')).toBeUndefined();
    expect(withoutArticle('خالد')).toBeUndefined();
  });
});
