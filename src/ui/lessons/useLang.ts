import { type LessonStringKey, ls } from '../../lessons/strings';
import type { Lang } from '../../lessons/types';
import { useApp } from '../../store/hooks';

/** The app's language and a translator for the lesson-side strings. */
export function useLessonText(): {
  lang: Lang;
  t: (key: LessonStringKey, vars?: Record<string, string | number>) => string;
} {
  const lang = useApp((s) => s.language);
  return { lang, t: (key, vars) => ls(lang, key, vars) };
}
