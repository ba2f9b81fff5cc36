import type { Dictionary } from '../text';

export const log = {
  'log.filter': {
    en: 'Show events',
    ko: '표시할 이벤트',
  },
  'log.search': {
    en: 'Filter by text',
    ko: '검색어로 거르기',
  },
  'log.all': {
    en: 'all',
    ko: '전체',
  },
  'log.issuance': {
    en: 'issuance',
    ko: '발급',
  },
  'log.renewal': {
    en: 'renewal',
    ko: '갱신',
  },
  'log.calls': {
    en: 'calls',
    ko: '호출',
  },
  'log.problems': {
    en: 'problems',
    ko: '문제',
  },
  'log.empty': {
    en: 'No events yet.',
    ko: '아직 이벤트가 없습니다.',
  },
  'log.open': {
    en: 'Explain',
    ko: '설명 보기',
  },
  'log.list': {
    en: 'Events, newest first',
    ko: '이벤트, 최신순',
  },
  'log.retries': {
    en: '×{count}, the last at +{last}:',
    ko: '{count}회, 마지막 +{last}:',
  },
  'log.count': {
    en: '{shown} of {total} events',
    ko: '이벤트 {total}개 중 {shown}개',
  },
} as const satisfies Dictionary;
