import { describe, expect, it } from 'vitest';
import { EMPTY_CELL } from './dashboard-types';
import { formatProgressCsv, quoteCsvField } from './progress-csv';

describe('quoteCsvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(quoteCsvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(quoteCsvField('+1')).toBe("'+1");
    expect(quoteCsvField('@me')).toBe("'@me");
  });
});

describe('formatProgressCsv', () => {
  it('writes one row per learner and task with a header', () => {
    const csv = formatProgressCsv(
      {
        generatedAt: '',
        tasks: [
          { key: 'l#a', lesson: 'l', taskId: 'a', title: 'Task, A', lessonTitle: 'L' },
          { key: 'l#b', lesson: 'l', taskId: 'b', title: 'B', lessonTitle: 'L' },
        ],
        learners: [
          {
            learnerId: 'id1',
            displayName: 'Ada',
            joinedAt: '2026-03-01T10:00:00.000Z',
            lastSeenAt: '',
            cells: {
              'l#a': {
                ...EMPTY_CELL,
                status: 'failing',
                attempts: 3,
                failedAttempts: 3,
                failingStep: 'namespace',
                timeOnTaskMs: 90_000,
              },
            },
          },
        ],
      },
      new Date(),
    );
    expect(csv.split('\r\n')).toEqual([
      'learner_id,display_name,joined_at,lesson,task_id,task_title,status,attempts,failed_attempts,failing_step,minutes_on_task,completed_at',
      'id1,Ada,2026-03-01T10:00:00.000Z,l,a,"Task, A",failing,3,3,namespace,1.5,',
      'id1,Ada,2026-03-01T10:00:00.000Z,l,b,B,not-started,0,0,,,',
      '',
    ]);
  });
});
