export { createBranch, createCompany, createJob, resetJobBoard, type JobOverrides } from './job-board.factories';
