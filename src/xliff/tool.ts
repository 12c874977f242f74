/** How wire-l10n names itself in XLIFF: 1.2 `<tool>` and note `from`, 2.1 `subState` prefix. */
export const toolName = 'wire-l10n';
