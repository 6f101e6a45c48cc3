import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import { currentLocale } from '#web/lib/i18n.js';

export type ListItem = { text: string; isLatinOnly?: boolean };

/**
 * Values joined as the UI language lists them ("a, b and c" / "أ وب وج"), each value isolated.
 * Numbers, plates and phone numbers carry no letters, so they are forced left to right;
 * otherwise an Arabic page would reverse "+218 91…".
 */
export function InlineList({ items }: { items: readonly ListItem[] }) {
  const { i18n } = useTranslation();
  const intlTag = LOCALES[currentLocale(i18n)].intlTag;
  const parts = new Intl.ListFormat(intlTag, { style: 'long', type: 'conjunction' }).formatToParts(
    items.map((_, index) => String(index)),
  );
  return (
    <>
      {parts.map((part, index) => {
        if (part.type === 'literal') return <Fragment key={index}>{part.value}</Fragment>;
        const item = items[Number(part.value)];
        return (
          <bdi key={index} dir={item?.isLatinOnly ? 'ltr' : undefined}>
            {item?.text}
          </bdi>
        );
      })}
    </>
  );
}
