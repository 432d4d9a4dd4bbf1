
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's086b8c7cab74d554': `How to apply`,
's0c901f1d52634de6': `Source:`,
's12fcdf1f4cead45d': `(opens in a new tab)`,
's17ffc0a3ad642061': `Services a clinic may charge for`,
's31bc476c463aba32': `Yandex Maps`,
's3ad54c409a8c921a': str`Today is the last day: ${0}.`,
's46f9ea8fcf5f6469': `Changing insurer`,
's4728bdc2baf114c7': `Print`,
's4882440b581d9d64': str`This year’s deadline has passed. The next one is ${0}.`,
's4b713d3229cd7820': `Your situation`,
's4dcf0cb42b0b3dcf': `Expand all`,
's5c41897ae12e905b': `Where to turn`,
's65c7ab58bc3fe013': str`Days left until ${0}: ${1}.`,
's66afd2fcf3c450a4': str`The data file ${0} did not load in time.`,
's6bf63829b5299657': str`Answer updated: ${0}`,
's807fc554922f4741': `The information cannot be shown.`,
's8181ab750e6a35be': str`The server answered the request for the data file ${0} with error ${1}.`,
's84261cde4a086ddc': str`The data file ${0} is damaged: it is not JSON.`,
's8aa6c3fc7b7d802e': `Who issues the policy`,
's931b0079f56a334b': `Offices issuing OMS policies`,
's9a7ecc9d23938ffc': `OpenStreetMap`,
'saac1da296db3cb25': `Documents`,
'sac34b85ad717a0bb': str`The data file ${0} is unavailable: the server cannot be reached.`,
'sb674bc75476fa64f': `Free under OMS`,
'sbe29564d638a7e5f': str`Checked ${0}.`,
'sc0a0733be9adf934': str`The data file ${0} does not match the schema: ${1}.`,
'sc65947d024dc4fdd': `Free under OMS when conditions are met`,
'sc7aba2e026f99170': str`${0} error`,
'sc7abaae026f99f08': str`${0} errors`,
'sc7c134e02712abe2': str`${0} errors`,
'sccaf8c12e8819167': `Search the list`,
'sceb4b3dc32470e49': `What the policy shows`,
'se1a251dd7aa1fd0a': `May be charged for`,
'se2dbe2bd0f41af0d': `Loading data…`,
'se2ddef62d03036f1': `Collapse all`,
'sed81249b4fcddae9': `Exceptions:`,
'sf5ce111bc2079e34': `Every clinic must display its list of paid services. If you are asked to pay for free care, contact:`,
'sf60c1ae8afa0d155': str`Found: ${0}`,
'sf792d83a667eec6e': `When it is free:`,
'sfa78c21376b76cd9': `What do you need? For example: haemodialysis, IVF, vaccination`,
'sfe5f0b0d2f9f85d3': `Free, but funded from the budget rather than by OMS`,
    };
  