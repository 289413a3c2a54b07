/**
 * Strings of the cross-entity questions (compare, routes, neighbourhood, suggestions,
 * text search): Swedish first, English typed against it.
 */
export const questionsSv = {
  'questions.title': 'Frågor över nätverket',
} as const;

export const questionsEn: Record<keyof typeof questionsSv, string> = {
  'questions.title': 'Questions across the network',
};
