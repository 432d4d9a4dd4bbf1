
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's061a01f091de6d3d': `Free:`,
's0c901f1d52634de6': `Source:`,
's12fcdf1f4cead45d': `(opens in a new tab)`,
's17ffc0a3ad642061': `Services a clinic may charge for`,
's282cd6dc580b6013': `For example: dialysis, IVF, teeth`,
's31bc476c463aba32': `Yandex Maps`,
's34a0a0dfce24929f': str`${0} results`,
's4b713d3229cd7820': `Your situation`,
's66afd2fcf3c450a4': str`The data file ${0} did not load in time.`,
's718b5148dc3834da': `Free when:`,
's7d618fa1d6e10009': `Legal basis:`,
's807fc554922f4741': `The information cannot be shown.`,
's8181ab750e6a35be': str`The server answered the request for the data file ${0} with error ${1}.`,
's84261cde4a086ddc': str`The data file ${0} is damaged: it is not JSON.`,
's864b9f3436c84b91': str`Nothing found for “${0}”.`,
's8aa6c3fc7b7d802e': `Who issues the policy`,
's931b0079f56a334b': `Offices issuing OMS policies`,
's9a7ecc9d23938ffc': `OpenStreetMap`,
'sa1cd817b9a43e164': str`Showing ${0} of ${1}.`,
'sa9c53449cd62f525': `Service, treatment or test`,
'saac1da296db3cb25': `Documents`,
'sac34b85ad717a0bb': str`The data file ${0} is unavailable: the server cannot be reached.`,
'sb3341febeab2e859': str`${0} results`,
'sb674bc75476fa64f': `Free under OMS`,
'sb6f73af39909140b': `All categories`,
'sbe29564d638a7e5f': str`Checked ${0}.`,
'sc0a0733be9adf934': str`The data file ${0} does not match the schema: ${1}.`,
'sc65947d024dc4fdd': `Free under OMS when conditions are met`,
'sc7aba2e026f99170': str`${0} error`,
'sc7abaae026f99f08': str`${0} errors`,
'sc7c134e02712abe2': str`${0} errors`,
'sccb60e653ef1f536': `Why?`,
'scda6459139b5b121': `Perhaps you were looking for:`,
'sd05240f301b76bf3': str`${0} result`,
'sd6ae33b580614bd7': `Or choose a category:`,
'sdd30cee3ee2e389c': `Where to ask:`,
'se1a251dd7aa1fd0a': `May be charged for`,
'se2dbe2bd0f41af0d': `Loading data…`,
'sf077f2d6f2d23947': `Conditions:`,
'sf5a97043394a3a6e': `Asked to pay? Where to turn`,
'sfe5f0b0d2f9f85d3': `Free, but funded from the budget rather than by OMS`,
    };
  