// How many updates long polling handles at once. They are handled on one thread: more at once only
// adds memory and garbage (each waits on its reply); 50 keeps the core busy (npm run bench: 500 was
// slower and larger).
export const POLLING_CONCURRENCY = 50;
