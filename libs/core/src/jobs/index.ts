export * from './job-payloads.js';
