import type { ButtonProps } from '@mantine/core';

/**
 * Mantine buttons keep their label on one line and clip it. Labels here carry
 * names (a job title, an interviewer, a branch and its number) that do not fit
 * a 390 px screen, so they wrap instead.
 */
export const wrappingButton: ButtonProps['styles'] = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3, overflow: 'visible' },
  inner: { height: 'auto' },
};
