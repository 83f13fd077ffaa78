// preflight/scan: what a page's content stream paints with.
// Consumes: a PoDoFo page (content streams and resources). Produces: the colour spaces its
// operators and images use, and every image with its size in pixels and where it is placed
// (from the CTM at each Do), with Form XObjects followed.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace PoDoFo {
class PdfPage;
}

namespace wz::preflight {

struct PlacedImage {
  std::string name, color_space;
  long width_px = 0, height_px = 0;
  double width_pt = 0, height_pt = 0;  // on the page
  double ppi() const;                  // the lower of the two directions
};

struct PageScan {
  std::set<std::string> color_spaces;  // DeviceGray, DeviceRGB, DeviceCMYK, Separation/All, ...
  std::vector<PlacedImage> images;
};

PageScan scan_page(PoDoFo::PdfPage& page);

}  // namespace wz::preflight
