// npm run bench:questions — CPU per whole question (understanding and answering) on the real store.
import { join } from 'node:path';
import { questionCpu, QUESTION_FILES } from '../bench/questions.ts';
import { REPO_ROOT } from '../store/paths.ts';
import { quantiles } from '../bench/quantiles.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const { perQuestion, questions } = await questionCpu(QUESTION_FILES.map((f) => join(REPO_ROOT, f)));
  console.log(
    `| figure | value | note |\n|---|---|---|\n| CPU per question, understanding + answering (${questions} questions × 5) | ${quantiles(perQuestion, 2)} | target p99 ≤ 2 ms |`,
  );
});
