import type { Dictionary } from '../text';

/** What was reset when saved state could not be read back. */
export const reset = {
  'reset.notice': {
    en: 'Some saved data could not be read and was reset: {fields}.',
    ko: '저장된 데이터 일부를 읽을 수 없어 초기화했습니다: {fields}.',
  },
  'reset.sandbox': {
    en: 'The saved sandbox could not be loaded ({message}), so the default scenario was opened.',
    ko: '저장된 샌드박스를 불러올 수 없어({message}) 기본 시나리오를 열었습니다.',
  },
  'reset.dismiss': { en: 'Dismiss', ko: '닫기' },
  'reset.field.language': { en: 'language', ko: '언어' },
  'reset.field.theme': { en: 'theme', ko: '테마' },
  'reset.field.teaching': { en: 'teaching mode', ko: '수업 모드' },
  'reset.field.preset': { en: 'defaults', ko: '기본값' },
  'reset.field.scenario': { en: 'scenario', ko: '시나리오' },
  'reset.field.log': { en: 'applied changes', ko: '적용한 변경' },
  'reset.field.now': { en: 'simulated time', ko: '시뮬레이션 시각' },
  'reset.field.speed': { en: 'speed', ko: '속도' },
  'reset.field.introDone': { en: 'introduction', ko: '소개' },
  'reset.field.rewindNoted': { en: 'note on rewinding', ko: '되감기 안내' },
  'reset.field.lessons': { en: 'lesson progress', ko: '강의 진행 상황' },
  'reset.field.all': { en: 'everything saved', ko: '저장된 전체' },
} as const satisfies Dictionary;
