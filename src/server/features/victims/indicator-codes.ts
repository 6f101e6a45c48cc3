import indicators from '#shared/reference/indicators.json' with { type: 'json' };

/** The ILO forced-labour indicator codes, read from the reference data (never retyped). */
export const INDICATOR_CODES: ReadonlySet<string> = new Set(
  indicators.items.map((item) => item.code),
);
