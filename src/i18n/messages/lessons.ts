import type { Dictionary } from '../text';

export const lessons = {
  'lessons.title': {
    en: 'Lessons',
    ko: '강의',
  },
  'lessons.list': {
    en: 'Lessons of the course',
    ko: '강의 목록',
  },
  'lessons.progress': {
    en: '{done} of {total} steps',
    ko: '{total}단계 중 {done}단계',
  },
  'lessons.completed': {
    en: 'completed',
    ko: '완료',
  },
  'lessons.open': {
    en: 'Open lesson {id}: {title}',
    ko: '강의 {id} 열기: {title}',
  },
  'lessons.back': {
    en: 'Back',
    ko: '이전',
  },
  'lessons.next': {
    en: 'Next',
    ko: '다음',
  },
  'lessons.all': {
    en: 'All lessons',
    ko: '모든 강의',
  },
  'lessons.restart': {
    en: 'Start this lesson again',
    ko: '이 강의 처음부터 다시',
  },
  'lessons.step': {
    en: 'Step {n} of {total}',
    ko: '{total}단계 중 {n}단계',
  },
  'lessons.realIstio': {
    en: 'In real Istio…',
    ko: '실제 Istio에서는…',
  },
  'lessons.running': {
    en: 'The simulation is running this step…',
    ko: '시뮬레이션이 이 단계를 실행하는 중…',
  },
  'lessons.predict': {
    en: 'Predict, then see',
    ko: '예측하고 확인하기',
  },
  'lessons.check': {
    en: 'Predict and play',
    ko: '예측하고 재생',
  },
  'lessons.yourGuess': {
    en: 'Your prediction',
    ko: '내 예측',
  },
  'lessons.observed': {
    en: 'What happened',
    ko: '실제로 일어난 일',
  },
  'lessons.held': {
    en: 'Your prediction held.',
    ko: '예측대로입니다.',
  },
  'lessons.missed': {
    en: 'The simulation did otherwise.',
    ko: '시뮬레이션은 다르게 흘러갔습니다.',
  },
  'lessons.watch': {
    en: 'Watch the stage: the simulation is playing this step.',
    ko: '무대를 지켜보세요. 시뮬레이션이 이 단계를 재생하고 있습니다.',
  },
  'lessons.answerFirst': {
    en: 'Choose your prediction; then the simulation plays the step.',
    ko: '예측을 고르면 시뮬레이션이 이 단계를 재생합니다.',
  },
  'lessons.link': {
    en: 'Link to this step',
    ko: '이 단계 링크',
  },
  'lessons.copied': {
    en: 'Link copied',
    ko: '링크를 복사했습니다',
  },
  'lessons.freePlay': {
    en: 'Free play: the sandbox is yours.',
    ko: '자유 실습: 이제 샌드박스를 마음껏 다뤄 보세요.',
  },
  'lessons.error': {
    en: 'This step could not run: {message}',
    ko: '이 단계를 실행하지 못했습니다: {message}',
  },
  'lessons.keys': {
    en: 'Keys: → next, ← back',
    ko: '키: → 다음, ← 이전',
  },
  'share.button': {
    en: 'Share',
    ko: '공유',
  },
  'share.title': {
    en: 'Share this sandbox',
    ko: '이 샌드박스 공유',
  },
  'share.copy': {
    en: 'Copy link',
    ko: '링크 복사',
  },
  'share.copied': {
    en: 'Copied',
    ko: '복사했습니다',
  },
  'share.size': {
    en: 'The link holds the whole sandbox ({chars} characters); no server sees it.',
    ko: '링크에 샌드박스 전체가 들어 있습니다({chars}자). 서버는 이 내용을 보지 않습니다.',
  },
  'share.exportLog': {
    en: 'Download event log (JSON Lines)',
    ko: '이벤트 로그 내려받기 (JSON Lines)',
  },
  'share.saveYaml': {
    en: 'Download scenario YAML',
    ko: '시나리오 YAML 내려받기',
  },
  'share.loadYaml': {
    en: 'Open scenario YAML',
    ko: '시나리오 YAML 열기',
  },
  'share.pasteYaml': {
    en: 'Paste scenario YAML',
    ko: '시나리오 YAML 붙여넣기',
  },
  'share.apply': {
    en: 'Load',
    ko: '불러오기',
  },
  'share.close': {
    en: 'Close',
    ko: '닫기',
  },
  'share.broken': {
    en: 'This link could not be opened: {message}',
    ko: '이 링크를 열 수 없습니다: {message}',
  },
  'share.refusedKept': {
    en: 'This could not be opened: {message}. Your sandbox is unchanged.',
    ko: '열 수 없습니다: {message}. 샌드박스는 그대로입니다.',
  },
  'presenter.title': {
    en: 'Presenter mode',
    ko: '발표자 모드',
  },
  'presenter.enter': {
    en: 'Presenter mode',
    ko: '발표자 모드',
  },
  'presenter.exit': {
    en: 'Leave presenter mode',
    ko: '발표자 모드 끝내기',
  },
  'presenter.legend': {
    en: 'Keys',
    ko: '키',
  },
  'presenter.key.next': {
    en: 'next step',
    ko: '다음 단계',
  },
  'presenter.key.back': {
    en: 'previous step',
    ko: '이전 단계',
  },
  'presenter.key.play': {
    en: 'play / pause',
    ko: '재생 / 일시 정지',
  },
  'presenter.key.faster': {
    en: 'faster',
    ko: '더 빠르게',
  },
  'presenter.key.slower': {
    en: 'slower',
    ko: '더 느리게',
  },
  'presenter.key.panels': {
    en: 'show / hide panels',
    ko: '패널 보이기 / 숨기기',
  },
  'presenter.key.legend': {
    en: 'show / hide this legend',
    ko: '이 안내 보이기 / 숨기기',
  },
  'presenter.key.exit': {
    en: 'leave presenter mode',
    ko: '발표자 모드 끝내기',
  },
  'presenter.speed': {
    en: 'Speed: {speed}',
    ko: '속도: {speed}',
  },
  'presenter.playing': {
    en: 'Playing',
    ko: '재생 중',
  },
  'presenter.paused': {
    en: 'Paused',
    ko: '일시 정지',
  },
} as const satisfies Dictionary;
