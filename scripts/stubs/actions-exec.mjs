// Bundle-time stand-in for @actions/exec. @actions/core imports it only for `platform.getDetails()`
// (it runs `lsb_release`, `sw_vers` or PowerShell to name the runner's OS), which the modelvet
// Action never calls; the real module and @actions/io are ~40 KB of start-up the Action would load
// on every run. Any use fails loudly instead of silently.
const unavailable = () => {
  throw new Error('modelvet bundle: @actions/exec is not included (platform.getDetails is not used)');
};
export const exec = unavailable;
export const getExecOutput = unavailable;
