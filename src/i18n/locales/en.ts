
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-1': str`Answer updated: ${0}`,
'guide-10': `Exceptions:`,
'guide-11': `Where to turn`,
'guide-12': `Your situation`,
'guide-13': `What the policy shows`,
'guide-2': str`This year’s deadline has passed. The next one is ${0}.`,
'guide-3': str`Days left until ${0}: ${1}.`,
'guide-4': str`Today is the last day: ${0}.`,
'guide-5': `Who issues the policy`,
'guide-6': `Documents`,
'guide-7': `Print`,
'guide-8': `How to apply`,
'guide-9': `Changing insurer`,
'p5': `Expand all`,
'paid-1': str`Found: ${0}`,
'paid-2': `When it is free:`,
'paid-3': `Search the list`,
'paid-4': `Collapse all`,
'paid-6': `Services a clinic may charge for`,
'paid-7': `Every clinic must display its list of paid services. If you are asked to pay for free care, contact:`,
's0c901f1d52634de6': `Source:`,
's12fcdf1f4cead45d': `(opens in a new tab)`,
's31bc476c463aba32': `Yandex Maps`,
's66afd2fcf3c450a4': str`The data file ${0} did not load in time.`,
's807fc554922f4741': `The information cannot be shown.`,
's8181ab750e6a35be': str`The server answered the request for the data file ${0} with error ${1}.`,
's84261cde4a086ddc': str`The data file ${0} is damaged: it is not JSON.`,
's931b0079f56a334b': `Offices issuing OMS policies`,
's9a7ecc9d23938ffc': `OpenStreetMap`,
'sac34b85ad717a0bb': str`The data file ${0} is unavailable: the server cannot be reached.`,
'sb674bc75476fa64f': `Free under OMS`,
'sbe29564d638a7e5f': str`Checked ${0}.`,
'sc0a0733be9adf934': str`The data file ${0} does not match the schema: ${1}.`,
'sc65947d024dc4fdd': `Free under OMS when conditions are met`,
'sc7aba2e026f99170': str`${0} error`,
'sc7abaae026f99f08': str`${0} errors`,
'sc7c134e02712abe2': str`${0} errors`,
'se1a251dd7aa1fd0a': `May be charged for`,
'se2dbe2bd0f41af0d': `Loading data…`,
'sfa78c21376b76cd9': `What do you need? For example: haemodialysis, IVF, vaccination`,
'sfe5f0b0d2f9f85d3': `Free, but funded from the budget rather than by OMS`,
    };
  