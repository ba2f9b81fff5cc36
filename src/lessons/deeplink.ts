/** A place in the course: a lesson and a step (1-based in links, as people count). */
export interface LessonLink {
  lesson: string;
  /** 1-based. */
  step: number;
}

/** `#lesson=04&step=3` -> `{lesson: '04', step: 3}`; anything else -> undefined. */
export function parseLessonLink(hash: string): LessonLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lesson = params.get('lesson');
  if (!lesson || !/^\d{1,2}$/.test(lesson)) return undefined;
  const stepText = params.get('step');
  const step = stepText && /^\d{1,3}$/.test(stepText) ? Math.max(1, Number(stepText)) : 1;
  return { lesson: lesson.padStart(2, '0'), step };
}

/** `{lesson: '04', step: 3}` -> `#lesson=04&step=3`. */
export function formatLessonLink(link: LessonLink): string {
  return `#lesson=${link.lesson}&step=${link.step}`;
}
