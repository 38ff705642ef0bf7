// pivq: the command-line twin of the studio.
//
//   pivq info                       engine device, threads, LibTorch version
//   pivq presets                    the named model configurations
//   pivq config --preset NAME       print a preset's JSON (edit it, pass it back with --config)
//   pivq config --check FILE        validate a config file, print it normalised
// Global options: --threads N (default: all cores), --device auto|cpu|cuda.
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/config.h"
#include "engine/core/runtime.h"

namespace {

using Args = std::vector<std::string>;

// Reads `--name value` pairs and flags; anything unknown is an error naming it.
class Options {
public:
    Options(const Args& args, const std::vector<std::string>& valued, const std::vector<std::string>& flags)
    {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
                values_[a] = "1";
            } else if (std::find(valued.begin(), valued.end(), a) != valued.end()) {
                if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
                values_[a] = args[++i];
            } else {
                throw std::invalid_argument("unknown argument \"" + a + "\"");
            }
        }
    }
    bool has(const std::string& k) const { return values_.count(k) > 0; }
    std::string get(const std::string& k, const std::string& def = {}) const
    {
        auto it = values_.find(k);
        return it == values_.end() ? def : it->second;
    }

private:
    std::map<std::string, std::string> values_;
};

std::string readFile(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f) throw std::invalid_argument(path + ": cannot open");
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

int cmdInfo(const Args& args, int threads)
{
    Options o(args, {"--device"}, {});
    const auto dev = pivq::core::selectDevice(o.get("--device", "auto"));
    std::cout << "device: " << pivq::core::deviceName(dev) << "\n"
              << "threads: " << threads << "\n"
              << "cuda available: " << (torch::cuda::is_available() ? "yes" : "no") << "\n"
              << "libtorch: " << pivq::core::torchVersion() << "\n";
    return 0;
}

int cmdPresets(const Args& args, int)
{
    Options o(args, {}, {});
    for (const auto& n : pivq::core::presetNames()) {
        const auto c = pivq::core::preset(n);
        std::cout << n << ": " << c.resolution << " px, " << c.numWs() << " latents, pose layers";
        for (int l : c.pose_layers) std::cout << " " << l;
        std::cout << ", K=" << c.vq_codes << ", " << toString(c.vq_variant) << "\n";
    }
    return 0;
}

int cmdConfig(const Args& args, int)
{
    Options o(args, {"--preset", "--check"}, {});
    pivq::core::ModelConfig c;
    if (o.has("--check")) c = pivq::core::ModelConfig::fromJsonText(readFile(o.get("--check")));
    else if (o.has("--preset")) c = pivq::core::preset(o.get("--preset"));
    else throw std::invalid_argument("config: give --preset NAME or --check FILE");
    std::cout << c.toJson().dump(2) << "\n";
    return 0;
}

void usage(std::ostream& out)
{
    out << "usage: pivq [--threads N] COMMAND [options]\n"
           "commands:\n"
           "  info                     device, threads and LibTorch version\n"
           "  presets                  list the named model configurations\n"
           "  config --preset NAME     print a preset as JSON\n"
           "  config --check FILE      validate a config file\n";
}

}  // namespace

int main(int argc, char** argv)
{
    Args all(argv + 1, argv + argc);
    int threads = 0;
    // Global options come before the command.
    while (!all.empty() && all.front().rfind("--", 0) == 0) {
        if (all.front() == "--help" || all.front() == "-h") {
            usage(std::cout);
            return 0;
        }
        if (all.front() == "--threads" && all.size() >= 2) {
            threads = std::atoi(all[1].c_str());
            all.erase(all.begin(), all.begin() + 2);
            continue;
        }
        std::cerr << "pivq: unknown option " << all.front() << "\n";
        usage(std::cerr);
        return 2;
    }
    if (all.empty()) {
        usage(std::cerr);
        return 2;
    }
    const std::map<std::string, std::function<int(const Args&, int)>> commands = {
        {"info", cmdInfo}, {"presets", cmdPresets}, {"config", cmdConfig}};
    const auto it = commands.find(all.front());
    if (it == commands.end()) {
        std::cerr << "pivq: unknown command \"" << all.front() << "\"\n";
        usage(std::cerr);
        return 2;
    }
    try {
        const int n = pivq::core::configureThreads(threads);
        return it->second(Args(all.begin() + 1, all.end()), n);
    } catch (const std::exception& e) {
        std::cerr << "pivq " << all.front() << ": " << e.what() << "\n";
        return 1;
    }
}
